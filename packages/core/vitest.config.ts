import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // One module cache for every test file: core and its language data are imported once
    // (each file paid about 3 s for it, linkedom 1.4 s of that). Every file is in both tiers.
    isolate: false,
    // A fixed fast-check seed unless `pnpm fuzz` explores (test/helpers/fixed-seed.ts).
    setupFiles: ['test/helpers/fixed-seed.ts'],
    // A timeout only stops a hang: the property tests normalize hundreds of documents and took
    // over 5 s (vitest's default) with both cores busy.
    testTimeout: 120_000
  }
})

import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // A fixed fast-check seed unless `pnpm fuzz` explores (test/helpers/fixed-seed.ts).
    setupFiles: ['test/helpers/fixed-seed.ts']
  }
})

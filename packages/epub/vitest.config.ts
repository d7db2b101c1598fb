import {configDefaults, defineConfig} from 'vitest/config'

/** `pnpm test:fast` (DOSSIER_TESTS=fast) leaves out the referees; `pnpm test` runs every file. */
const fast = process.env['DOSSIER_TESTS'] === 'fast'

export default defineConfig({
  test: {
    // One module cache for every test file: @dossier/core is imported once, and each set of books
    // (test/books.ts) is rendered once per run.
    isolate: false,
    // Ace and Chromium take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The full tier starts one EPUBCheck JVM for the whole run.
    globalSetup: fast ? [] : ['test/referees.setup.ts'],
    exclude: [
      ...configDefaults.exclude,
      // The referees (EPUBCheck, Ace by DAISY, Chromium) and the 5 MB book: the full tier only.
      ...(fast
        ? ['test/epubcheck.test.ts', 'test/ace.test.ts', 'test/scripts.test.ts', 'test/performance.test.ts']
        : [])
    ]
  }
})

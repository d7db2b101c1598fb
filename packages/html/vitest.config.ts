import {configDefaults, defineConfig} from 'vitest/config'

/** `pnpm test:fast` (DOSSIER_TESTS=fast) leaves out the referees; `pnpm test` runs every file. */
const fast = process.env['DOSSIER_TESTS'] === 'fast'

export default defineConfig({
  test: {
    // One module cache for every test file: @dossier/core is imported once.
    isolate: false,
    // Real Chromium and the Nu HTML Checker (a JVM) take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The full tier starts one Chromium for the whole run.
    globalSetup: fast ? [] : ['test/referees.setup.ts'],
    exclude: [
      ...configDefaults.exclude,
      // The referees (the Nu HTML Checker, axe-core and the other checks in Chromium): the full tier only.
      ...(fast
        ? [
            'test/browser.test.ts',
            'test/people-pages.test.ts',
            'test/site.test.ts',
            'test/scripts.test.ts',
            'test/block-kinds-referees.test.ts'
          ]
        : [])
    ]
  }
})

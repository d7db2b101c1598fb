import {configDefaults, defineConfig} from 'vitest/config'

/** `pnpm test:fast` (DOSSIER_TESTS=fast) runs the golden of every block kind; `pnpm test` runs every file. */
const fast = process.env['DOSSIER_TESTS'] === 'fast'

export default defineConfig({
  test: {
    // One module cache for every test file: @dossier/core and the fonts are loaded once.
    isolate: false,
    // Laying out and checking PDFs with qpdf and poppler takes seconds on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: fast ? ['test/block-kinds.test.ts'] : configDefaults.include
  }
})

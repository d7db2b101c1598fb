import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // One module cache for every test file: @dossier/core is imported once. Every file is in both tiers.
    isolate: false
  }
})

import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // Real Chromium and the Nu HTML Checker (a JVM) take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})

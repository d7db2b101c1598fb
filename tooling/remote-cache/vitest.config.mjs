import {defineConfig} from 'vitest/config'

// The remote-cache test clones the repository twice, installs and builds: minutes, not seconds.
export default defineConfig({test: {testTimeout: 15 * 60_000, hookTimeout: 60_000}})

import {defineConfig} from 'vitest/config'

// The remote-cache test clones the repository twice, installs and builds: minutes, not seconds.
// Hook timeouts only stop a server that never starts, not a slow machine.
export default defineConfig({test: {testTimeout: 15 * 60_000, hookTimeout: 5 * 60_000}})

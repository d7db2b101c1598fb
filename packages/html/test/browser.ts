/** The run's one Chromium (test/referees.setup.ts): connect, use contexts and pages, then close the connection. */
import {type Browser, chromium} from 'playwright-core'
import {inject} from 'vitest'

export function connectBrowser(): Promise<Browser> {
  const endpoint = inject('chromium')
  if (!endpoint) throw new Error('no Chromium: the test run has no referees globalSetup (see vitest.config.ts)')
  return chromium.connect(endpoint)
}

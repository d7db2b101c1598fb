/**
 * vitest globalSetup of the full tier: one Chromium for the whole run (Debian's, driven by
 * playwright-core). Test files connect to it (`connectBrowser` in test/browser.ts), each with its
 * own contexts and pages, instead of launching a browser each.
 */
import {chromium} from 'playwright-core'
import type {TestProject} from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's Chromium, for `chromium.connect`. */
    chromium: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  })
  project.provide('chromium', server.wsEndpoint())
  return () => server.close()
}

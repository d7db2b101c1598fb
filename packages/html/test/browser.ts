/** The run's one Chromium (test/referees.setup.ts): connect, use contexts and pages, then close the connection. */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {type Browser, chromium, type Page} from 'playwright-core'
import {inject} from 'vitest'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export function connectBrowser(): Promise<Browser> {
  const endpoint = inject('chromium')
  if (!endpoint) throw new Error('no Chromium: the test run has no referees globalSetup (see vitest.config.ts)')
  return chromium.connect(endpoint)
}

/** axe-core's violations on the page as loaded (rule id and the nodes' selectors); none is the goal. */
export async function axe(page: Page): Promise<Array<{id: string; nodes: string[]}>> {
  // evaluate() runs outside the page's CSP, so axe can be injected without weakening the policy.
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object
          ) => Promise<{violations: Array<{id: string; nodes: Array<{target: unknown}>}>}>
        }
      }
    ).axe.run
    const {violations} = await run(document, {resultTypes: ['violations']})
    return violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => JSON.stringify(node.target))
    }))
  })
  return result
}

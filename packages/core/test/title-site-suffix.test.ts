/**
 * A saved page's `<title>` "Headline | Site" or "Headline – Site", on a page that names its site
 * nowhere else: the visible heading is the headline, the other side of the separator the outlet
 * (field case 25, issue 22; mozilla/readability#954). The ids carry no site name.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'

const dir = new URL('./field-cases/25-title-site-suffix/sources/', import.meta.url)
const read = (name: string, text?: string) => {
  const result = normalizeSource({
    path: name,
    bytes: text ? new TextEncoder().encode(text) : readFileSync(new URL(name, dir)),
    meta: null
  })
  if (!result.ok) throw new Error(`${name} did not normalize`)
  return result.publication
}

describe('a <title> with the site after a separator', () => {
  it.each([
    ['reservoir-levels.html', 'Reservoir levels fall for a third year'],
    ['canal-opening.html', 'The canal that changed the basin']
  ])('%s: the headline without the site, the site as outlet, no warning', (name, title) => {
    expect(readdirSync(dir)).toContain(name)
    const publication = read(name)
    expect(publication.title.text).toBe(title)
    expect(publication.id).not.toMatch(/basin-monitor/)
    expect(publication.outlets.map((o) => o.name)).toContain('Basin Monitor')
    expect(publication.warnings.map((w) => w.code)).not.toContain('metadata/title-disagrees')
  })
})

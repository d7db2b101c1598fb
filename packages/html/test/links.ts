/** Every relative link of a site on disk checked against its files and their ids. */
import {readFileSync} from 'node:fs'
import {join, posix} from 'node:path'
import {fromHtml} from 'hast-util-from-html'
import {selectAll} from 'hast-util-select'

/**
 * The relative `href`/`src` values (links, style sheets, scripts) of the HTML pages among `files`
 * (or of `pages` only) that name no file of the site, or an anchor with no such id on its page, as
 * "page → target" lines; empty when every one resolves. A target is relative to its page's folder.
 */
export function brokenLinks(dir: string, files: Array<{path: string}>, pages?: string[]): string[] {
  const trees = new Map(
    files
      .filter((file) => file.path.endsWith('.html'))
      .map((file) => [file.path, fromHtml(readFileSync(join(dir, file.path), 'utf8'))])
  )
  const ids = new Map(
    [...trees].map(([path, tree]) => [path, new Set(selectAll('[id]', tree).map((node) => String(node.properties.id)))])
  )
  const paths = new Set(files.map((file) => file.path))
  const broken: string[] = []
  for (const [path, tree] of trees) {
    if (pages && !pages.includes(path)) continue
    for (const node of selectAll('a[href], link[href], script[src]', tree)) {
      const target = String(node.properties.href ?? node.properties.src)
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue
      const [file = '', anchor] = target.split('#')
      const resolved = file === '' ? path : posix.join(posix.dirname(path), file.split('?')[0]!)
      if (!paths.has(resolved)) broken.push(`${path} → ${target}`)
      else if (anchor && !ids.get(resolved)?.has(anchor)) broken.push(`${path} → ${target} (no such id)`)
    }
  }
  return broken
}

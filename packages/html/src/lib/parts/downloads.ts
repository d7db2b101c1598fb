/** Download links, only for files that exist. */
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Download} from '../downloads.js'
import {formatBytes} from '../format.js'

/** A compact list of download links ("EPUB, 41 kB"), or null when there is nothing to offer. */
export function downloadList(downloads: Download[], label: string, withTitles = false): Element | null {
  if (downloads.length === 0) return null
  return h(
    'ul.downloads',
    {ariaLabel: label},
    downloads.map((download) =>
      h('li', [
        h('a', {href: download.path, download: ''}, [
          withTitles ? `${download.title} ` : null,
          h('span.format', download.label)
        ]),
        h('span.size', ` ${formatBytes(download.bytes)}`)
      ])
    )
  )
}

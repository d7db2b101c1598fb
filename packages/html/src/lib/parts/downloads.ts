/** Download links, only for files that exist, and a publication's citation files. */
import type {LangText} from '@dossier/core'
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {CiteFile} from '../cite-files.js'
import type {Download} from '../downloads.js'
import {formatBytes} from '../format.js'
import {langProps} from '../lang-text.js'

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

/**
 * "Cite as CSL-JSON · BibTeX · RIS": the label is core's `citeAs` term (marked English where the
 * page's language lacks it), each link a format's name, downloaded as a file.
 */
export function citeFileList(files: CiteFile[], label: LangText, lang: string): Element {
  return h('p.cite-files', [
    h('span.cite-label', langProps(label, lang), label.text),
    ' ',
    ...files.flatMap((file, index) => [
      index === 0 ? null : h('span', {ariaHidden: 'true'}, ' · '),
      h('a', {href: file.path, download: '', type: mediaTypes[file.label]}, file.label)
    ])
  ])
}

/** Media types of the citation files: CSL-JSON is JSON, RIS `application/x-research-info-systems`, BibTeX `application/x-bibtex`. */
const mediaTypes: Record<string, string> = {
  'CSL-JSON': 'application/vnd.citationstyles.csl+json',
  BibTeX: 'application/x-bibtex',
  RIS: 'application/x-research-info-systems'
}

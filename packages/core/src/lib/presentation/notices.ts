/**
 * Notices a reader must see next to the text: the source stops mid-sentence (`truncated`, in the
 * words of the interface tables, with the normalizer's report of where it stops), or the source had
 * no title and the one shown was made by Dossier (`derived-title`; no table has these words yet, so
 * the notice is English and says so).
 */
import type {Words} from '../i18n/index.js'
import type {Publication} from '../model/publication.js'
import {english, term} from './words.js'
import type {Notice} from './types.js'

/** The notices of one publication, in the order a format shows them (truncation first). */
export function presentNotices(publication: Publication, words: Words): Notice[] {
  const notices: Notice[] = []
  if (publication.truncated) {
    const warning = publication.warnings.find((message) => message.code === 'source/truncated')
    notices.push({
      kind: 'truncated',
      text: term(words, 'truncated'),
      detail: term(words, 'truncatedDetail'),
      report: warning ? english(`Normalizer: ${warning.message}.`) : null
    })
  }
  const derived = publication.warnings.find((message) => message.code === 'metadata/derived-title')
  if (derived)
    notices.push({
      kind: 'derived-title',
      text: english('The source has no title: Dossier made this one from the text.'),
      detail: null,
      report: english(`Normalizer: ${derived.message}.`)
    })
  return notices
}

/**
 * A speaker's name as the source printed it before a turn ("Minister Okafor", "記 者", "何明远"),
 * cleaned the way one-line metadata is: direction overrides and unpaired controls removed (see
 * `bidi-controls.ts`), white space runs as one space, a colon left over from the label dropped.
 * Nothing is invented or normalized further: no honorific is removed, no case changed.
 */
import {stripBidiControls} from './bidi-controls.js'
import {collapseSpaces} from './plain-text.js'

/** The cleaned name of a turn's speaker, or null when the source printed no label (or only marks). */
export function speakerName(raw: string | null | undefined): string | null {
  if (!raw) return null
  const name = collapseSpaces(stripBidiControls(raw).text.replace(/[\p{Cc}\p{Cs}]/gu, ' '))
    .replace(/[\s\u00a0\u202f]*[:：]+$/u, '')
    .trim()
  return /[\p{L}\p{N}]/u.test(name) ? name : null
}

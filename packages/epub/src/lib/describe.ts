/**
 * What the package metadata says of a publication beyond its presentation: the one-paragraph
 * `dc:description` and the sort form of a name (`file-as`). Every composed phrase (byline, outlets,
 * date, notices) comes from core's presentation model (`present`); nothing here composes one.
 */
import type {Presentation, Publication} from '@dossier/core'
import {cleanLabel} from './text.js'

/**
 * A one-paragraph description for `dc:description`, never empty (EPUBCheck rejects an empty one):
 * the dek, else the intro's first paragraph, else the presentation's byline, outlet line and date
 * as sentences ("Andrew Korybko interviewed by Adeela Jawad. First published in OneWorld. 22 May
 * 2024"), else the title.
 */
export function descriptionOf(publication: Publication, {byline, facts}: Presentation): string {
  const parts = [publication.subtitle?.text, publication.intro[0]?.text]
  const lead = parts.find((part): part is string => Boolean(part?.trim()))
  const sentences = [byline.line, facts.outletLine, facts.date?.text]
    .filter((text) => text != null)
    .map((text) => text.text)
    .join('. ')
  return cleanLabel(lead ?? (sentences || publication.title.text))
}

/** `Korybko, Andrew` for sorting; names that are not "Given Family" stay as they are. */
export function fileAs(name: string): string {
  const words = cleanLabel(name).split(' ')
  if (words.length < 2) return cleanLabel(name)
  const last = words.pop()!
  return `${last}, ${words.join(' ')}`
}

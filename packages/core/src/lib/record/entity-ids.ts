/**
 * Ids for the people and outlets of a collection, for the dataset's tables. For now one id per
 * name as written: the same name in another case, spacing or Unicode form is the same id; another
 * spelling (initials, another script) is another id, since merging on a guess is what we refuse.
 * `entityId` is the one function to swap for core's collection-wide people index when there is one.
 */
import {createHash} from 'node:crypto'
import slugify from '@sindresorhus/slugify'
import {stripBidiControls} from '../text/bidi-controls.js'

/** The form two names must share to be one entity: NFKC, case folded, white space as one space. */
export function normalizeName(name: string): string {
  return stripBidiControls(name).text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim()
}

/** A stable id for a name: its slug (readable, may be empty for some scripts) and a hash of the normalized name. */
export function entityId(name: string): string {
  const normalized = normalizeName(name)
  const hash = createHash('sha256').update(normalized).digest('hex').slice(0, 10)
  const slug = slugify(normalized).slice(0, 40).replace(/-+$/, '')
  return slug ? `${slug}-${hash}` : hash
}

/** The id of the person named `name`. */
export const personId = entityId
/** The id of the outlet named `name`. */
export const outletId = entityId

/**
 * Ids for the people and outlets of a collection, for the dataset's tables: the slugs of their
 * pages on the site (`nameSlug`, core's people index), so `people/<personId>.html` is the person's
 * page and the dataset and the site group the same names. One id per name after Unicode, case and
 * spacing folding (`nameKey`); another spelling (initials, another script) is another id, since
 * merging on a guess is what we refuse.
 */
import {nameKey, nameSlug} from '../presentation/people/names.js'

/** The form two names must share to be one entity (`nameKey`: NFKC, case folded, spaces and punctuation folded). */
export const normalizeName = nameKey

/** A stable id for a name: the slug of its page on the site (`nameSlug`). */
export const entityId = nameSlug

/** The id of the person named `name`. */
export const personId = entityId
/** The id of the outlet named `name`. */
export const outletId = entityId

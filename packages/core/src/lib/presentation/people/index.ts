/**
 * People and outlets across a collection: each publication's part (`peopleOf`), the merged index
 * (`indexPeople`), and the name keys and page slugs both use (`nameKey`, `slugOf`).
 */
export {byDate, indexPeople} from './collection.js'
export {nameKey, nameSlug, sameNameReason, slugOf} from './names.js'
export {turnOwners, type TurnOwner} from './owners.js'
export {peopleOf} from './publication.js'
export type * from './types.js'

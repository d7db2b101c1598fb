/**
 * Interface words by language: moved to `languages/` (each language's `terms.ts`, the lookup in
 * `languages/words.ts`). This module re-exports them so presentation and renderers import as before.
 */
export {interfaceWords, languages, type PluralTerm, type TermKey, type Terms, type Words} from '../languages/words.js'

/**
 * The publication's language, detected from the units left after chrome is removed (a Korean
 * byline on an English page does not make it Korean). Everything language-specific downstream —
 * date words, typography, interface words — keys on it. An editor's `lang` still wins.
 */
import {detectLanguage} from '../text/detect-language.js'
import type {State} from './state.js'

/** Set `state.language` from the content units. */
export function readLanguage(state: State): void {
  const text = state.units
    .filter((unit) => unit.role === null)
    .map((unit) => unit.text)
    .join('\n')
  state.language = detectLanguage(text)
}

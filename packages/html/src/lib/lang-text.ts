/**
 * Serializing the presentation model (`present`): its texts carry the language their words are in
 * and its direction (`LangText`); an element gets `lang` (and `dir`, when it differs) only where
 * the text's language is not the page's, so an English fallback in a Japanese page is read as
 * English (WCAG 2.2, 3.1.2 Language of Parts). Runs become `<q>` and `<code>`.
 */
import {directionOf, type LangText, type TextRun, type Words} from '@dossier/core'
import type {ElementContent, Properties} from 'hast'
import {h} from 'hastscript'

/** `lang` and `dir` for an element holding `text` inside a page (or element) in `context`; nothing when they agree. */
export function langProps(text: LangText, context: string): Properties {
  const same =
    text.lang.toLowerCase() === context.toLowerCase() || context.toLowerCase().startsWith(`${text.lang.toLowerCase()}-`)
  if (same) return {}
  return {lang: text.lang, dir: text.dir === directionOf(context) ? undefined : text.dir}
}

/**
 * A term of core's interface words as `LangText`: in the language its table gives it in (English
 * where the page's language lacks it), so `langProps` and `phrase` mark a fallback.
 */
export function termText(words: Words, key: TextKey, values?: Record<string, string | number>): LangText {
  const lang = words.langOf(key)
  return {text: words.term(key, values), lang, dir: directionOf(lang)}
}

type TextKey = Parameters<Words['term']>[0]

/** The text as a text node, or a `<span>` with its language when it differs from `context`'s. */
export function phrase(text: LangText, context: string): ElementContent {
  const props = langProps(text, context)
  return Object.keys(props).length === 0 ? {type: 'text', value: text.text} : h('span', props, text.text)
}

/** Runs as phrasing content: quotations in `<q>`, code in `<code>`, the rest as text. */
export function runsContent(runs: TextRun[]): ElementContent[] {
  return runs.map((run) =>
    run.quote ? h('q', run.text) : run.code ? h('code', run.text) : ({type: 'text', value: run.text} as ElementContent)
  )
}

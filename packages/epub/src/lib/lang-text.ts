/**
 * Serializing the presentation model (`present`, `presentCollection`) into XHTML: its texts carry
 * the language their words are in and its direction (`LangText`); an element gets `lang` (and
 * `dir`, when it differs) only where the text's language is not its context's, so an English
 * fallback in an Urdu book is read as English (WCAG 2.2, 3.1.2 Language of Parts). Runs become
 * `<q>` and `<code>`. Every string is cleaned for XHTML (`cleanLabel`).
 */
import {directionOf, type LangText, type TextRun} from '@dossier/core'
import type {ElementContent, Properties} from 'hast'
import {h} from 'hastscript'
import {cleanLabel} from './text.js'

/** Whether `lang` is `context` or a more general tag of it (`en` in `en-GB`), case-insensitively. */
function sameLanguage(lang: string, context: string): boolean {
  const a = lang.toLowerCase()
  const b = context.toLowerCase()
  return a === b || b.startsWith(`${a}-`)
}

/** `lang` and `dir` for an element holding `text` inside an element in `context`; nothing when they agree. */
export function langProps(text: Pick<LangText, 'lang' | 'dir'>, context: string): Properties {
  if (sameLanguage(text.lang, context)) return {}
  return {lang: text.lang, dir: text.dir === directionOf(context) ? undefined : text.dir}
}

/** The text as a text node, or a `<span>` with its language when it differs from `context`'s. */
export function phrase(text: LangText, context: string): ElementContent {
  const props = langProps(text, context)
  const value = cleanLabel(text.text)
  return Object.keys(props).length === 0 ? {type: 'text', value} : h('span', props, value)
}

/**
 * An element holding several texts joined by `separator`: one language for the element when they
 * share one, else each text as a `phrase` inside an element of the context's language.
 */
export function joined(
  tag: string,
  properties: Properties,
  texts: LangText[],
  separator: string,
  context: string
): ElementContent {
  const [first] = texts
  if (first && texts.every((text) => text.lang === first.lang && text.dir === first.dir))
    return h(
      tag,
      {...properties, ...langProps(first, context)},
      texts.map((text) => cleanLabel(text.text)).join(separator)
    )
  return h(
    tag,
    properties,
    texts.flatMap((text, index) => [
      ...(index > 0 ? [{type: 'text', value: separator} as ElementContent] : []),
      phrase(text, context)
    ])
  )
}

/** Runs as phrasing content: quotations in `<q>` (in `quoteLang` when given), code in `<code>`, the rest as text. */
export function runsContent(runs: TextRun[], quoteLang?: string): ElementContent[] {
  return runs.map((run) => {
    const value = cleanLabel(run.text)
    if (run.quote) return h('q', quoteLang ? {lang: quoteLang} : {}, value)
    if (run.code) return h('code', value)
    return {type: 'text', value: cleanEdges(run.text)} as ElementContent
  })
}

/** Clean a piece of a line and collapse its white space, keeping a space at either edge (`' — '`). */
export function cleanEdges(value: string): string {
  return cleanLabel(`x${value}x`).slice(1, -1)
}

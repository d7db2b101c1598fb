/**
 * Texts of core's presentation model (`present`, `presentCollection`) as the PDF keeps them: the
 * words, plus their language and direction where the paragraph or cell must say so. A text in the
 * document's language is tagged by the document's `/Lang`; one in another language (an English
 * fallback term in a Chinese briefing, an Urdu quotation in an English one) gets its own `/Lang` on
 * its structure element (PDF/UA-1 7.2; WCAG 2.2, 3.1.2 Language of Parts). A right-to-left text
 * is laid out right to left whatever its first letter (a Latin name at the start of an Urdu byline).
 */
import type {LangText} from '@dossier/core'

/** A presented text: `lang` and `dir` only where the paragraph must carry them (see the module comment). JSON. */
export interface Phrase {
  text: string
  /** BCP 47 language, when it is not the document's. */
  lang?: string
  /** `rtl` for a right-to-left text; `ltr` for a left-to-right one in another language than the document's. */
  dir?: 'ltr' | 'rtl'
}

/** Whether a text in `lang` reads as the document's language `context` (`en` in an `en-GB` document). */
function sameLanguage(lang: string, context: string): boolean {
  const a = lang.toLowerCase()
  const b = context.toLowerCase()
  return a === b || b.startsWith(`${a}-`) || a.startsWith(`${b}-`)
}

/** `text` in a document whose language is `documentLang`. */
export function phraseOf(text: LangText, documentLang: string): Phrase {
  const foreign = !sameLanguage(text.lang, documentLang)
  return {
    text: text.text,
    ...(foreign ? {lang: text.lang} : {}),
    ...(foreign || text.dir === 'rtl' ? {dir: text.dir} : {})
  }
}

/** Plain words in the document's language (a title, a name), as a phrase. */
export function plainPhrase(text: string): Phrase {
  return {text}
}

/** Phrases joined with " · " (the PDF's separator of facts on one line), in the first one's language. */
export function joined(phrases: Phrase[]): Phrase {
  return {...phrases[0], text: phrases.map((phrase) => phrase.text).join(' · ')}
}

/**
 * Sentences one after the other, as one text in the first one's language: a space between them,
 * none after a full-width stop (Chinese and Japanese write none).
 */
export function sentences(texts: LangText[]): LangText {
  const text = texts.reduce(
    (all, next) => (all === '' ? next.text : `${all}${/[。！？]$/.test(all) ? '' : ' '}${next.text}`),
    ''
  )
  return {...texts[0]!, text}
}

/** The paragraph options (`lang`, `dir`) a phrase needs. */
export function phraseOptions(phrase: Phrase): {lang?: string; dir?: 'ltr' | 'rtl'} {
  return {...(phrase.lang ? {lang: phrase.lang} : {}), ...(phrase.dir ? {dir: phrase.dir} : {})}
}

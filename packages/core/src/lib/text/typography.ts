/**
 * Typography applied once, in core, so every format agrees: Unicode NFC, then quotes, dashes and
 * ellipses. SmartyPants does the quotes; `typography-quotes.ts` fixes elisions (’til, ’92, rock ’n’
 * roll) and sets the quotation marks of the text's language (« » in French and Russian, „ “ in
 * German); a language without a known convention keeps its source's marks. A spaced hyphen between
 * words becomes an en dash. Only punctuation changes: a test checks that the letters and digits of
 * the NFC text are untouched.
 */
import type {Nodes, PhrasingContent, Text} from 'mdast'
import {smartypantsu} from 'smartypants'
import {quotesFor, settleQuotes, type QuoteMarks} from './typography-quotes.js'

/** Educate one string of text in language `lang` (a BCP 47 tag; English when omitted). */
export function smarten(text: string, lang = 'en'): string {
  const marks = quotesFor(lang)
  return settleQuotes([educate(text, marks)], marks)[0]!
}

/** Educate every text node of a tree (on a copy) in language `lang`, leaving code untouched but in NFC. */
export function smartenTree<T extends Nodes>(node: T, lang = 'en'): T {
  const marks = quotesFor(lang)
  const copy = educateTree(node, marks)
  // Quotes pair across text nodes: ‘Stay *up* ’til dawn’ has its closing mark in a later node.
  const texts: Text[] = []
  collectTexts(copy, texts)
  const settled = settleQuotes(
    texts.map((text) => text.value),
    marks
  )
  texts.forEach((text, index) => {
    text.value = settled[index]!
  })
  return copy
}

/** Educate phrasing content (a title, a question) as one run of text in language `lang`. */
export function smartenPhrasing(children: PhrasingContent[], lang = 'en'): PhrasingContent[] {
  return smartenTree({type: 'paragraph', children}, lang).children
}

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

function educate(text: string, marks: QuoteMarks | null): string {
  // SmartyPants reads its input as HTML: protect `<` and `&` so markup in text stays literal text.
  // Arrows and comment marks (`-->`, `<--`, `<!--`) are not dashes: their hyphens stay as typed.
  let guarded = text
    .normalize('NFC')
    .replace(/<!--|<--|-->/g, (m) => m.replace(/-/g, '\u{F0002}'))
    // Command-line options ("--dry-run", "--since=2.weeks") are code, not dashes.
    .replace(/(^|[\s(`'"])--(?=[a-z][\w-]*)/gu, (_, before: string) => `${before}\u{F0002}\u{F0002}`)
    .replace(/&/g, '\u{F0000}')
    .replace(/</g, '\u{F0001}')
  // Chinese, Japanese and Korean set no space before a quote, which SmartyPants reads as closing:
  // there straight double quotes alternate, opening then closing.
  if (marks && unspaced.test(guarded)) {
    let count = 0
    guarded = guarded.replace(/"/g, () => (count++ % 2 === 0 ? '“' : '”'))
  }
  // Without a known convention, quotes and double hyphens stay as the source has them ("-- अनिरुद्ध"
  // is how Hindi blogs sign a quote); English and the languages with a convention get real dashes.
  return smartypantsu(guarded, marks ? 'qDe' : 'e')
    .replace(/(\S) - (?=\S)/g, '$1 – ')
    .replace(/\u{F0000}/gu, '&')
    .replace(/\u{F0001}/gu, '<')
    .replace(/\u{F0002}/gu, '-')
}

function educateTree<T extends Nodes>(node: T, marks: QuoteMarks | null): T {
  if (node.type === 'text') return {...node, value: educate(node.value, marks)}
  if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html')
    return {...node, value: node.value.normalize('NFC')}
  if ('children' in node) {
    return {...node, children: (node.children as Nodes[]).map((child) => educateTree(child, marks))} as T
  }
  return node
}

function collectTexts(node: Nodes, into: Text[]): void {
  if (node.type === 'text') into.push(node)
  else if ('children' in node) for (const child of node.children as Nodes[]) collectTexts(child, into)
}

/**
 * Typography applied once, in core, so every format agrees: Unicode NFC, then quotes, dashes and
 * ellipses. SmartyPants does the quotes; `typography-quotes.ts` fixes elisions (’til, ’92, rock ’n’
 * roll) and sets the quotation marks of the text's language (« » in French and Russian, „ “ in
 * German); a language without a known convention keeps its source's marks. A spaced hyphen between
 * words becomes an en dash. Only punctuation changes: a test checks that the letters and digits of
 * the NFC text are untouched. Addresses are not prose: a URL or e-mail address (as linkify-it, the
 * link finder of markdown-it, finds them) keeps every character as typed — `annex--b.pdf`,
 * `Côte_d'Ivoire` (markdown-it/markdown-it#272, field case 18).
 */
import {LinkifyIt} from 'linkify-it'
import type {Nodes, PhrasingContent, Text} from 'mdast'
import {smartypantsu} from 'smartypants'
import {quotesFor, settleQuotes, type QuoteMarks} from './typography-quotes.js'

/** Educate one string of text in language `lang` (a BCP 47 tag; English when omitted). */
export function smarten(text: string, lang = 'en'): string {
  const marks = quotesFor(lang)
  const [guarded, urls] = guardUrls(text.normalize('NFC'))
  return restoreUrls(settleQuotes([educate(guarded, marks)], marks)[0]!, urls)
}

const linkify = new LinkifyIt()
/** Stands for one address while the text is educated (a private-use character no source holds). */
const urlMark = '\u{F0003}'

/** The text with each address replaced by `urlMark`, and the addresses in order. */
function guardUrls(text: string): [string, string[]] {
  const found = linkify.test(text) ? (linkify.match(text) ?? []) : []
  if (found.length === 0) return [text, []]
  const urls: string[] = []
  let out = ''
  let at = 0
  for (const match of found) {
    out += text.slice(at, match.index) + urlMark
    urls.push(text.slice(match.index, match.lastIndex))
    at = match.lastIndex
  }
  return [out + text.slice(at), urls]
}

/** Where each address (URL or e-mail, as linkify-it finds them) starts and ends in `text`. */
export function addressSpans(text: string): Array<[number, number]> {
  const found = linkify.test(text) ? (linkify.match(text) ?? []) : []
  return found.map((match) => [match.index, match.lastIndex])
}

/** Put the addresses `guardUrls` took out back in their places. */
function restoreUrls(text: string, urls: string[]): string {
  if (urls.length === 0) return text
  let next = 0
  return text.replace(/\u{F0003}/gu, () => urls[next++] ?? '')
}

/** Educate every text node of a tree (on a copy) in language `lang`, leaving code untouched but in NFC. */
export function smartenTree<T extends Nodes>(node: T, lang = 'en'): T {
  const marks = quotesFor(lang)
  const urls = new Map<Text, string[]>()
  const copy = educateTree(node, marks, urls)
  // Quotes pair across text nodes: ‘Stay *up* ’til dawn’ has its closing mark in a later node.
  const texts: Text[] = []
  collectTexts(copy, texts)
  const settled = settleQuotes(
    texts.map((text) => text.value),
    marks
  )
  texts.forEach((text, index) => {
    text.value = restoreUrls(settled[index]!, urls.get(text) ?? [])
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

/** Educate a copy of a tree; each text node's addresses are kept aside in `urls` until the quotes settle. */
function educateTree<T extends Nodes>(node: T, marks: QuoteMarks | null, urls: Map<Text, string[]>): T {
  if (node.type === 'text') {
    const [guarded, found] = guardUrls(node.value.normalize('NFC'))
    const copy: Text = {...node, value: educate(guarded, marks)}
    if (found.length > 0) urls.set(copy, found)
    return copy as T
  }
  if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html')
    return {...node, value: node.value.normalize('NFC')}
  if ('children' in node) {
    return {...node, children: (node.children as Nodes[]).map((child) => educateTree(child, marks, urls))} as T
  }
  return node
}

function collectTexts(node: Nodes, into: Text[]): void {
  if (node.type === 'text') into.push(node)
  else if ('children' in node) for (const child of node.children as Nodes[]) collectTexts(child, into)
}

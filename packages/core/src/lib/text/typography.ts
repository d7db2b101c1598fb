/**
 * Typographic quotes, dashes and ellipses, applied once in core so every format agrees.
 * SmartyPants does the quotes; a spaced hyphen between words becomes an en dash. Only
 * punctuation changes: a test checks that the letters and digits are untouched.
 */
import type {Nodes, PhrasingContent} from 'mdast'
import {smartypantsu} from 'smartypants'

/** Educate one string. */
export function smarten(text: string): string {
  // SmartyPants reads its input as HTML: protect `<` and `&` so markup in text stays literal text.
  const guarded = text.replace(/&/g, '\u{F0000}').replace(/</g, '\u{F0001}')
  return smartypantsu(guarded, 'qDe')
    .replace(/(\S) - (?=\S)/g, '$1 – ')
    .replace(/\u{F0000}/gu, '&')
    .replace(/\u{F0001}/gu, '<')
}

/** Educate every text node of a tree (in place on a copy), leaving code untouched. */
export function smartenTree<T extends Nodes>(node: T): T {
  if (node.type === 'text') return {...node, value: smarten(node.value)}
  if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') return node
  if ('children' in node) {
    return {...node, children: (node.children as Nodes[]).map((child) => smartenTree(child))} as T
  }
  return node
}

/** Educate phrasing content. */
export function smartenPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  return children.map((child) => smartenTree(child))
}

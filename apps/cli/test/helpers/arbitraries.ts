/**
 * fast-check generators of source-like documents: the chrome lines, numbering styles, speaker
 * labels and markup scraped interviews contain, mixed with Unicode from every plane,
 * right-to-left text, combining marks and emoji.
 */
import fc from 'fast-check'

const chrome = fc.constantFrom('| Welcome to Example News', 'Read more: A related story', 'Share this article', 'ADVERTISEMENT', '© 2024 Example. All rights reserved.', 'Subscribe to our newsletter', 'Related: Other things', 'Wednesday, May 22, 2024')
const markup = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '[d](data:text/html,<script>alert(1)</script>)', '<iframe src="https://evil.example"></iframe>', '![t](https://evil.example/p.png)', '<!-- comment -- with dashes -->', ']]> <![CDATA[ x ]]>', '&amp; &lt; &#0; &bogus;', '<svg onload=alert(1)>', '`code` **bold** _em_', 'a <b c="d">')
const unicode = fc.constantFrom('مرحبا بالعالم؟ هذا نص عربي.', 'שלום עולם', 'e\u0301\u0302\u0303 combining', '👩‍👩‍👧‍👦 family 🇵🇰🇷🇺', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛', '漢字かなカナ 한국어', '\u200f\u202eRTL override\u202c', 'Zalgo h̸̡̪̯ͨ͊̽̅̾̎Ȩ̬̩̾͛ͪ̈́̀́͘', '\u{10FFFD}\u{E0001}\u{1F3F4}\u{E0067}', 'ÅÄÖ ŁÓDŹ ß ø', '\u0000\u0007\u001b[31m', '\ud7ff\ue000\ufffd')
const words = fc.string({unit: 'grapheme', minLength: 1, maxLength: 60})
const anyChars = fc.string({unit: 'binary', maxLength: 40})
const prose = fc.oneof({weight: 3, arbitrary: words.map((w) => `${w}.`)}, unicode, markup, anyChars)

const question = fc.tuple(fc.nat(12), prose, fc.constantFrom('n.', 'n)', 'Qn.', 'Question n:', 'Q:', 'Jane Doe:', '**', '## ')).map(([n, text, style]) => {
  if (style === '**') return `**${text}?**`
  if (style === '## ') return `## ${text}?`
  return `${style.replace('n', String(n))} ${text}?`
})
const answer = fc.tuple(fc.constantFrom('', 'A: ', 'John Roe: '), prose).map(([label, text]) => `${label}${text}`)
const line = fc.oneof({weight: 2, arbitrary: question}, {weight: 4, arbitrary: answer}, chrome, markup, unicode, fc.constant(''), fc.constant('---'))

/** A whole document: a title, then lines separated by blank lines (sometimes not). */
export const sourceDocument = fc.tuple(words, fc.array(line, {maxLength: 30}), fc.boolean()).map(([title, lines, blank]) => [title, ...lines].join(blank ? '\n\n' : '\n'))

/** One to three sources, each a .txt or .md. */
export const sourceSet = fc.array(fc.tuple(sourceDocument, fc.constantFrom('txt', 'md')), {minLength: 1, maxLength: 3}).map((docs) =>
  docs.map(([text, ext], index) => ({path: `s${index}.${ext}`, bytes: new TextEncoder().encode(text), meta: null}))
)

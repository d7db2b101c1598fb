/**
 * fast-check generators of source-like documents: the chrome lines, numbering styles, speaker
 * labels and markup scraped interviews contain; text in right-to-left and CJK scripts, combining
 * marks and emoji; Markdown tables, lists, footnotes and empty headings; front matter whose fields
 * are empty or blank.
 */
import fc from 'fast-check'

const chrome = fc.constantFrom(
  '| Welcome to Example News',
  'Read more: A related story',
  'Share this article',
  'ADVERTISEMENT',
  '© 2024 Example. All rights reserved.',
  'Subscribe to our newsletter',
  'Related: Other things',
  'Wednesday, May 22, 2024',
  'Home > World > Asia'
)
const markup = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[d](data:text/html,<script>alert(1)</script>)',
  '<iframe src="https://evil.example"></iframe>',
  '![t](https://evil.example/p.png)',
  '<!-- comment -- with dashes -->',
  ']]> <![CDATA[ x ]]>',
  '&amp; &lt; &#0; &bogus;',
  '<svg onload=alert(1)>',
  '`code` **bold** _em_',
  'a <b c="d">'
)
/** Right-to-left text: Arabic, Hebrew, Persian, Urdu, and mixed with Latin and digits. */
const rtl = fc.constantFrom(
  'مرحبا بالعالم؟ هذا نص عربي.',
  'שלום עולם, מה שלומך?',
  'שלום עולם',
  'این یک جملهٔ فارسی است؟',
  'پاکستان اور روس کے تعلقات کیسے ہیں؟',
  'قال المتحدث إن NATO عقد 3 اجتماعات في 2024.',
  '\u200f\u202eRTL override\u202c',
  '\u061c\u200e123 \u05d0\u05d1\u05d2'
)
/** Chinese, Japanese and Korean, written without spaces between words. */
const cjk = fc.constantFrom(
  '漢字かなカナ 한국어',
  '张桂梅是云南丽江华坪女子高级中学校长。本报记者日前专访了她。',
  '问：您为什么坚持办学？',
  '答：因为教育能改变命运。',
  '日本語の文章です。句読点もあります、ね？',
  '한국어 문장입니다. 질문이 있나요?',
  '「引用」と『二重引用』'
)
/** Combining marks, emoji sequences and other characters that are more than one code point. */
const clusters = fc.constantFrom(
  'e\u0301\u0302\u0303 combining',
  'Zalgo h̸̡̪̯ͨ͊̽̅̾̎Ȩ̬̩̾͛ͪ̈́̀́͘',
  'अधिकार और क्षत्रिय',
  'Tiếng Việt có dấu',
  '👩‍👩‍👧‍👦 family 🇵🇰🇷🇺',
  '👍🏽 1️⃣ 🏳️‍🌈 🧑🏿‍🚀',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛',
  '\u{10FFFD}\u{E0001}\u{1F3F4}\u{E0067}',
  'ÅÄÖ ŁÓDŹ ß ø',
  '\u0000\u0007\u001b[31m',
  '\ud7ff\ue000\ufffd'
)
const unicode = fc.oneof(rtl, cjk, clusters)
/** Markdown blocks of several lines. */
const markdownBlock = fc.constantFrom(
  '| Year | Trade |\n| --- | ---: |\n| 2023 | $1.2 bn |\n| 2024 | — |',
  '| a |\n|---|\n| <script>x</script> |',
  '|  |  |\n| --- | --- |\n|  |  |',
  '- first point\n- second point\n  - nested\n- third',
  '1. one\n2. two\n3. three',
  '1) Why?\n1) Why again?',
  '* [ ] a task\n* [x] done',
  'A claim[^1] and another[^note].\n\n[^1]: The first note.\n[^note]: مرحبا',
  '[^orphan]: a footnote nobody cites',
  '> A quotation\n> over two lines',
  '```\ncode block\n```',
  'Term\n: definition?'
)
const emptyHeading = fc.constantFrom('#', '# ', '##', '###   ', '#\t', '# #', '## **  **')
const words = fc.oneof(
  fc.string({unit: 'grapheme', minLength: 1, maxLength: 60}),
  fc.string({unit: 'grapheme-composite', minLength: 1, maxLength: 30})
)
const anyChars = fc.string({unit: 'binary', maxLength: 40})
const prose = fc.oneof({weight: 4, arbitrary: words.map((w) => `${w}.`)}, unicode, markup, anyChars)

const question = fc
  .tuple(fc.nat(12), prose, fc.constantFrom('n.', 'n)', 'Qn.', 'Question n:', 'Q:', 'Jane Doe:', '**', '## ', '问：'))
  .map(([n, text, style]) => {
    if (style === '**') return `**${text}?**`
    if (style === '## ') return `## ${text}?`
    return `${style.replace('n', String(n))} ${text}?`
  })
const answer = fc
  .tuple(fc.constantFrom('', 'A: ', 'John Roe: ', '答：'), prose)
  .map(([label, text]) => `${label}${text}`)
const line = fc.oneof(
  {weight: 4, arbitrary: question},
  {weight: 8, arbitrary: answer},
  {weight: 2, arbitrary: chrome},
  {weight: 2, arbitrary: markup},
  {weight: 3, arbitrary: unicode},
  {weight: 2, arbitrary: markdownBlock},
  {weight: 1, arbitrary: emptyHeading},
  {weight: 2, arbitrary: fc.constant('')},
  {weight: 1, arbitrary: fc.constant('---')}
)

/** Front matter with fields left empty, blank or null, as editors leave them. */
const frontMatterField = fc.constantFrom(
  'title:',
  'title: ""',
  "title: '   '",
  'title: A Proper Title',
  'subtitle:',
  "subtitle: ''",
  'date:',
  'date: 2017-07',
  'lang: ar',
  'people: []',
  'outlets: []',
  'kind: interview',
  'url:'
)
const frontMatter = fc
  .uniqueArray(frontMatterField, {maxLength: 4, selector: (field) => field.split(':')[0]})
  .map((fields) => `---\n${fields.join('\n')}\n---\n`)

/** A title line: usually words, sometimes an empty heading or a line in another script. */
const titleLine = fc.oneof(
  {weight: 6, arbitrary: words},
  {weight: 1, arbitrary: emptyHeading},
  {weight: 1, arbitrary: rtl},
  {weight: 1, arbitrary: cjk}
)

/** A whole document: a title, then lines separated by blank lines (sometimes not). */
export const sourceDocument = fc
  .tuple(titleLine, fc.array(line, {maxLength: 30}), fc.boolean())
  .map(([title, lines, blank]) => [title, ...lines].join(blank ? '\n\n' : '\n'))

/** One to three sources, each a .txt or .md; a .md may open with front matter. */
export const sourceSet = fc
  .array(fc.tuple(sourceDocument, fc.constantFrom('txt', 'md'), fc.option(frontMatter, {freq: 3})), {
    minLength: 1,
    maxLength: 3
  })
  .map((docs) =>
    docs.map(([text, ext, front], index) => ({
      path: `s${index}.${ext}`,
      bytes: new TextEncoder().encode(ext === 'md' && front ? `${front}\n${text}` : text),
      meta: null
    }))
  )

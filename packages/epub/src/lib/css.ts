/**
 * The book's stylesheet. Kept to CSS 2.1 plus `@font-face` so Apple Books, Kobo, Thorium and
 * calibre agree; sizes in `em`, no fixed widths or colours for body text, so readers' own settings
 * (night mode, font size) still apply. Questions are set apart by weight, a rule and spacing,
 * never by colour alone (WCAG 1.4.1).
 */
import type {BookFont} from './fonts.js'
import {scriptFaces} from './script-fonts.js'

/**
 * Stylesheet text for the given embedded fonts. The script faces follow Source Serif 4 in
 * `font-family`, so each character is drawn by the first embedded face whose `unicode-range` has it;
 * in text of a script's own languages (`:lang(ar)`) its face comes first, so the punctuation and
 * digits between its words are its own too (code keeps its monospace).
 */
export function renderCss(fonts: BookFont[]): string {
  const faces = fonts.flatMap((font) =>
    (font.italicToo ? ['normal', 'italic'] : [font.style]).map(
      (style) => `@font-face {
  font-family: "${font.family}";
  font-style: ${style};
  font-weight: ${font.weight};
  src: url("fonts/${font.filename}") format("${font.format}");
  unicode-range: ${font.unicodeRange};
}`
    )
  )
  const scripts = scriptFaces.filter((face) => fonts.some((font) => font.family === face.family))
  const families = (first: string[]) =>
    [...new Set([...first, 'Source Serif 4', ...scripts.map((face) => face.family)])].map((name) => `"${name}"`)
  const body = `body {\n  font-family: ${[...families([]), ...fallbacks].join(', ')};\n}`
  const own = scripts.map(
    (face) =>
      `${face.languages.map((lang) => `:lang(${lang}):not(pre):not(code)`).join(', ')} {\n  font-family: ${[...families([face.family]), 'serif'].join(', ')};\n}`
  )
  return `${[...faces, base, body, ...own].join('\n\n')}\n`
}

/** The reader's own fonts, after the embedded ones. */
const fallbacks = ['Georgia', '"Times New Roman"', 'serif']

const base = `html, body { margin: 0; padding: 0; }
body {
  line-height: 1.45;
  /* Long unbroken tokens (URLs, SHA-256 hashes) wrap instead of running off the page. */
  word-wrap: break-word;
  overflow-wrap: break-word;
  widows: 2;
  orphans: 2;
}
h1, h2, h3, h4, h5, h6 {
  line-height: 1.2;
  page-break-after: avoid;
  break-after: avoid;
  -webkit-hyphens: none;
  hyphens: none;
}
h1 { font-size: 1.6em; font-weight: 700; margin: 1.5em 0 0.6em 0; }
h2 { font-size: 1.25em; margin: 1.4em 0 0.5em 0; }
h3, h4, h5, h6 { font-size: 1.05em; margin: 1.2em 0 0.4em 0; }
p { margin: 0; text-indent: 1.2em; text-align: left; }
p:first-child, h1 + p, h2 + p, h3 + p, header p, .answer > p:first-child, .intro > p:first-child { text-indent: 0; }
a { text-decoration: underline; }
blockquote { margin: 0.8em 1.5em; font-style: italic; }
pre, code { font-family: monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; margin: 0.8em 0; }
ul, ol { margin: 0.6em 0 0.6em 1.5em; padding: 0; }
li > p { text-indent: 0; }
ol.numbered { list-style-type: none; }
hr { border: none; border-top: 1px solid; width: 30%; margin: 1.5em auto; }
.table { overflow-x: auto; margin: 0.8em 0; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { border: 1px solid; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th { font-weight: bold; }
.align-right { text-align: right; }
.align-center { text-align: center; }
.footnotes { margin-top: 2em; font-size: 0.9em; }
.footnotes p { text-indent: 0; }
sup { line-height: 0; }
header { margin-bottom: 1.5em; }
.subtitle { font-style: italic; font-size: 1.1em; margin: 0.5em 0; }
.byline, .people { font-weight: 600; margin-top: 0.8em; }
.source-line, .publisher, .rights { font-size: 0.9em; margin-top: 0.4em; }
.intro { margin-bottom: 1.5em; font-style: italic; }
.intro em { font-style: normal; }
section.qa { margin-top: 1.8em; }
h2.question {
  font-size: 1.05em;
  font-weight: 700;
  margin: 0 0 0.7em 0;
  padding: 0.2em 0 0.2em 0.6em;
  border-left: 0.25em solid;
  page-break-inside: avoid;
  break-inside: avoid;
}
h2.question .number { font-weight: 700; }
.speaker { font-weight: 600; }
p.speaker { margin-bottom: 0; text-indent: 0; }
.answer > p.speaker + p { text-indent: 0; }
.answer p + p { margin-top: 0; }
.truncated { margin-top: 2em; padding: 0.5em 0.8em; border: 1px solid; font-style: italic; text-indent: 0; }
.titlepage { margin-top: 20%; text-align: center; }
.titlepage h1 { font-size: 2em; }
.titlepage p { text-indent: 0; text-align: center; }
dl.facts dt { font-weight: 700; margin-top: 0.6em; }
dl.facts dd { margin: 0 0 0 1.2em; }
.evidence { font-size: 0.9em; font-style: italic; }
ul.removed li, ul.warnings li { margin-bottom: 0.3em; }
nav ol { list-style-type: none; margin-left: 1em; }
nav > ol { margin-left: 0; }
nav li { margin: 0.3em 0; }
body.cover-page { margin: 0; padding: 0; text-align: center; }
div.cover { margin: 0; padding: 0; height: 100%; text-align: center; }
div.cover img { height: 100%; max-width: 100%; }
code, a { word-wrap: break-word; overflow-wrap: break-word; }
/* Right to left (Arabic, Persian, Urdu, Hebrew): alignment, rules and indents on the other side.
   CSS 2.1 attribute selectors, so older reading systems follow too. */
[dir="rtl"] p, p[dir="rtl"] { text-align: right; }
p[dir="ltr"] { text-align: left; }
[dir="rtl"] h2.question { border-left: none; border-right: 0.25em solid; padding: 0.2em 0.6em 0.2em 0; }
[dir="rtl"] ul, [dir="rtl"] ol { margin: 0.6em 1.5em 0.6em 0; }
[dir="rtl"] dl.facts dd { margin: 0 1.2em 0 0; }
[dir="rtl"] nav ol { margin-left: 0; margin-right: 1em; }
[dir="rtl"] nav > ol { margin-right: 0; }`

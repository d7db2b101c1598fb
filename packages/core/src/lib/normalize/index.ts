/**
 * The normalizer: bytes of one source in, one publication (or the errors that stop it) out.
 * The steps run in this order; each is a file of its own and says why it exists.
 *
 *  1. decode         UTF-8 only; empty, binary and invalid input are errors with a line
 *  2. clean          BOM, line ends, odd spaces, control characters (warned)
 *  3. units          .txt by lines and blank lines; .md by CommonMark blocks, made inert;
 *                    .html decoded in its charset, made inert, main text kept (read/html/)
 *  4. strip-chrome   site headers, "Read more", share prompts, ads, copyright → removed
 *  5. read-head      date line, byline, title; a repeated title → removed
 *  6. detect-questions, decoded-head (an article's head lines the role decoder reads), segment,
 *     read-subtitle
 *  7. infer-people, read-trailer (bio → about, disclaimers → notes), infer-outlets, date
 *  8. repair-numbering, detect-truncation
 *  9. build-publication  typography, overrides, ids, stats, the line ledger
 */
import {createHash} from 'node:crypto'
import type {Overrides} from '../model/overrides.js'
import type {Message, NormalizeResult, SourceInput} from '../model/publication.js'
import {messageAt} from '../messages.js'
import {cleanText} from '../read/clean-text.js'
import {decodeSource} from '../read/decode.js'
import {parseYaml} from '../read/parse-yaml.js'
import {readFrontMatter} from '../read/front-matter.js'
import {parseIsoDate} from '../text/dates.js'
import {overridesSchema} from '../read/schemas.js'
import {unitsFromMarkdown} from '../read/units-from-markdown.js'
import {unitsFromText} from '../read/units-from-text.js'
import {applyPageMeta, finishPagePublication, presetPageTitle} from '../read/html/apply-page-meta.js'
import {readHtmlSource} from '../read/html/index.js'
import {buildPublication} from './build-publication.js'
import type {RoleModel} from './roles/decode.js'
import {detectQuestions, dropClosingThanks, startsBlock} from './questions/index.js'
import {turnOpeners} from './questions/heads.js'
import {notSpeaker} from './questions/patterns.js'
import {removeDecodedChrome} from './decoded-chrome.js'
import {readDecodedHead} from './decoded-head.js'
import {checkAnswers, detectTruncation} from './detect-truncation.js'
import {inferDateFromIntro, inferOutlets} from './infer-outlets.js'
import {addBioPerson, inferPeople} from './infer-people.js'
import {readPeople} from './facts/people.js'
import {readHead} from './read-head.js'
import {decideTitle} from './decided-title.js'
import {readSubtitle} from './read-subtitle.js'
import {readSubheads} from './read-subheads.js'
import {readTrailer} from './read-trailer.js'
import {readNotes} from './read-notes.js'
import {repairNumbering} from './repair-numbering.js'
import {readLanguage} from './read-language.js'
import {readTranscript} from './read-transcript.js'
import {segment} from './segment.js'
import type {State} from './state.js'
import {removeLine} from './state.js'
import {removeDuplicates, stripChrome} from './strip-chrome.js'

export interface NormalizeOptions {
  /** Language of publications that do not say otherwise. */
  lang: string
  /** The role decoder's weights without ledger votes (default: the fitted `shapeRoleModel`; `pnpm eval` passes others). */
  roleModel?: RoleModel
  /** The role decoder's weights with the ledger's votes (default: the fitted `roleModel`; `pnpm eval` passes others). */
  voteRoleModel?: RoleModel
}

const steps: Array<(state: State) => void> = [
  readTranscript,
  stripChrome,
  readNotes,
  readLanguage,
  readHead,
  removeDuplicates,
  removeDecodedChrome,
  detectQuestions,
  readDecodedHead,
  segment,
  readSubtitle,
  readSubheads,
  inferPeople,
  readTrailer,
  // Again: notes after the last answer ("conducted by X for Y") are only known now.
  inferPeople,
  addBioPerson,
  readPeople,
  dropClosingThanks,
  decideTitle,
  inferOutlets,
  inferDateFromIntro,
  repairNumbering,
  checkAnswers,
  detectTruncation
]

/**
 * Normalize one source. Pure: the caller reads the bytes. Nesting is bounded where it is read
 * (read/html/parse-page.ts, read/bound-markdown.ts); should a structure still exhaust the stack, that
 * source fails with an error naming it (`input/too-complex`) and the build goes on.
 */
export function normalizeSource(input: SourceInput, options: NormalizeOptions = {lang: 'en'}): NormalizeResult {
  try {
    return normalizeUnbounded(input, options)
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error
    return {
      ok: false,
      errors: [
        messageAt(
          input.path,
          'input/too-complex',
          'is nested too deeply to read (the reader ran out of stack); simplify its structure',
          null,
          'error'
        )
      ]
    }
  }
}

function normalizeUnbounded(input: SourceInput, options: NormalizeOptions): NormalizeResult {
  const file = input.path
  // A saved web page is read by read/html/ into units shaped like Markdown's.
  const page = /\.html?$/i.test(file) ? readHtmlSource(file, input.bytes) : null
  if (page && !page.ok) return {ok: false, errors: [page.error]}
  const decoded = page ? ({ok: true, text: ''} as const) : decodeSource(file, input.bytes)
  if (!decoded.ok) return {ok: false, errors: [decoded.error]}

  const format = page || /\.(?:md|markdown)$/i.test(file) ? 'md' : 'txt'
  const {lines, warnings} = page ? page : cleanText(file, decoded.text, format === 'txt')
  const state: State = {
    file,
    format,
    lines,
    units: [],
    frontMatter: null,
    removed: [],
    warnings,
    overrides: {},
    title: null,
    subtitle: null,
    date: null,
    site: null,
    people: [],
    outlets: [],
    questions: [],
    answerer: null,
    answerers: [],
    turnStarts: new Map(),
    intro: [],
    answers: [],
    body: [],
    about: [],
    notes: [],
    truncated: false,
    language: null,
    reasons: {title: 'no title line was found', structure: 'no questions: an article'},
    ...(options.roleModel ? {roleModel: options.roleModel} : {}),
    ...(options.voteRoleModel ? {voteRoleModel: options.voteRoleModel} : {})
  }

  const errors: Message[] = []
  let overrides: Overrides = {}
  let origin = 'editor'
  if (page) {
    state.units = page.units
    state.removed.push(...page.removed)
    for (const line of page.rules) removeLine(state, line, 'structure/rule', 'horizontal rule')
  } else if (format === 'md') {
    const md = unitsFromMarkdown(file, lines.join('\n'))
    state.units = md.units
    state.warnings.push(...md.warnings)
    if (md.frontMatter) {
      state.frontMatter = {line: md.frontMatter.line, endLine: md.frontMatter.endLine}
      const parsed = readFrontMatter(file, md.frontMatter.yaml, md.frontMatter.line, md.frontMatter.format)
      state.warnings.push(...parsed.warnings)
      if (parsed.ok) [overrides, origin] = [parsed.value, 'front matter']
      else errors.push(...parsed.errors)
    }
    for (const line of md.rules) removeLine(state, line, 'structure/rule', 'horizontal rule or link definition')
    for (const line of md.templates)
      removeLine(
        state,
        line,
        'markup/template-tag',
        "a site generator's template tag (Liquid, Hugo shortcode), not text"
      )
  } else {
    // A line whose label head recurs on the page opens a turn, whatever its shape.
    const opensTurn = turnOpeners(lines, notSpeaker)
    state.units = unitsFromText(
      lines,
      (text, previous, first) => startsBlock(text, previous, first) || opensTurn(text, previous)
    )
  }
  if (input.meta) {
    const parsed = parseYaml<Overrides>(input.meta.path, input.meta.text, overridesSchema)
    state.warnings.push(...parsed.warnings)
    if (parsed.ok) [overrides, origin] = [{...overrides, ...parsed.value}, input.meta.path]
    else errors.push(...parsed.errors)
  }
  if (overrides.date && !parseIsoDate(overrides.date)) {
    errors.push(
      messageAt(
        input.meta?.path ?? file,
        'meta/schema',
        `field "date" is not a real date (got "${overrides.date}")`,
        null,
        'error'
      )
    )
  }
  if (errors.length > 0) return {ok: false, errors}
  state.overrides = overrides

  const pageFacts = page ? [...page.record] : []
  if (page) presetPageTitle(state, page.meta, pageFacts)
  for (const step of steps) step(state)
  // Page metadata ranks between the editor's overrides and inference (read/html/apply-page-meta.ts).
  if (page) applyPageMeta(state, page.meta, pageFacts)

  if (state.questions.length === 0 && state.body.length === 0 && state.intro.length === 0) {
    return {
      ok: false,
      errors: [
        messageAt(
          file,
          'input/no-content',
          `no content was found: ${state.removed.length} line(s) were boilerplate and nothing else remains`,
          null,
          'error'
        )
      ]
    }
  }

  const source = {
    path: file,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    bytes: input.bytes.length,
    format: page ? 'html' : format,
    meta: input.meta?.path ?? null
  } as const
  const publication = buildPublication(state, source, overrides, origin, options.lang)
  if (page) finishPagePublication(publication, page.meta, pageFacts, overrides.url !== undefined)
  return {ok: true, publication}
}

/**
 * Find the head of the document, which pages print before the text in no fixed order: the title,
 * a date line, bylines, an editor's note. The head is the first few units before the first
 * question or the first long paragraph. A second copy of the title (the page title, often with the
 * site's name appended: "Title – The Diplomat") is removed with a reason, and the name is kept as
 * the site.
 */
import {lexicon} from '../languages/index.js'
import {findDate, parseDateLine} from '../text/dates.js'
import {isNote} from '../text/notes.js'
import {claimByline, readByline} from './read-byline.js'
import {hasOutletWord} from './facts/outlet-words.js'
import {nameSource} from '../text/names.js'
import type {State} from './state.js'
import {removeUnit, inferredDate} from './state.js'
import type {Unit} from './unit.js'
import {phrasingOf} from './unit.js'
import {isQuestionStart} from './questions/index.js'
import {inQuestionRhythm} from './questions/by-bare-question.js'
import {messageAt} from '../messages.js'
import {endsWithQuestion, speakerOf} from './questions/patterns.js'
import {decodedLines, isDecodedFurniture} from './decoded-chrome.js'
import {sentenceTerminal} from '../text/sentence-marks.js'

/** How many units the head may span. */
const headSize = 12

const wordCount = (text: string) =>
  Math.max(
    text.split(/\s+/).filter(Boolean).length,
    Math.ceil((text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) / 2)
  )
const sentenceEnd = new RegExp(`(?![?？])${sentenceTerminal}["'”’»)]*$`, 'u')
/** A sentence end of any script, then at most a few marks glued to it. */
const endsSentenceLoosely = new RegExp(`${sentenceTerminal}\\S*$`, 'u')
/** A transcript's timestamp, a subtitle file's name, a dateline "City - Section": never a headline. */
/** "Updated" and "published" labels (and the stems güncelle, yayın, نشر), read anywhere in a date line. */
/** A full stop that ends a sentence (not "Dr." or "vs."), followed by the next sentence's capital. */
const sentenceBreak = new RegExp(
  `(?<!\\b(?:${lexicon('abbreviation', undefined, {capitalized: true})}|vs))[.!?。！？]\\s+[\\p{Lu}\\p{Lo}]`,
  'gu'
)
/** A capitalised function word: "The", "Of"… make a line a title, not a name. */
const functionWord = new RegExp(lexicon('orgJoiner', undefined, {capitalized: true, words: 'whole'}), 'u')
const updatedWord = new RegExp(`${lexicon('updated')}|güncelle`, 'iu')
const publishedWord = new RegExp(`${lexicon('published')}|yayın|نشر`, 'iu')
const latinNewsroom = new RegExp(`\\b${lexicon('newsroom', ['en'])}\\b`, 'iu')
const otherNewsroom = new RegExp(lexicon('newsroom', ['ur', 'hi', 'ru', 'zh', 'ko']), 'u')
const neverTitle = new RegExp(
  String.raw`^[*■●]\s|^[-—–]\s+\p{L}.*[?؟？]$|^[[(]?\d{1,2}:\d{2}|\.${lexicon('fileExtension')}\b|^(?:english )?subtitles?\b|^[^\p{L}]*$`,
  'iu'
)

/**
 * How much a head unit looks like the headline: a line of 4–30 words that is not a sentence of
 * running text, early in the head, printed twice or followed by a date or byline. Short labels
 * (one or two words, ALL-CAPS rubrics, "City - Section" datelines) score low.
 */
function titleScore(state: State, unit: Unit, index: number, head: Unit[], format: 'txt' | 'md'): number {
  if (format === 'md' && unit.heading === 1) return 10
  if (unit.tree.type !== 'paragraph' && unit.tree.type !== 'heading') return -Infinity
  if (format === 'md' && unit.tree.type === 'paragraph' && (unit.strong || index > 0)) return -Infinity
  const text = unit.text
  if (neverTitle.test(text) || isQuestionStart(text) || text.length > 300) return -Infinity
  // A date with a word or two of chrome ("Saturday, January 13, 2024 | e-Paper") is the page's header, not a headline.
  const dated = findDate(text)
  if (
    dated &&
    text
      .replace(dated.match, '')
      .split(/[\s|,·•]+/u)
      .filter((w) => /\p{L}/u.test(w)).length <= 2
  )
    return -Infinity
  // A speaker's turn ("Speaker 1: Hello, I am…") is not a headline; "EVENT: PLACE" may be.
  // "Ana Belén Solórzano: «El olivar…»" and "Lakeshore Mayor: Pool Repairs…" are headlines: a turn ends a sentence.
  const turn = speakerOf(text)
  if (
    turn &&
    ((turn.rest.split(/\s+/).length > 8 && /[.!?…]$/u.test(turn.rest)) ||
      turn.rest.split(/\s+/).length > 20 ||
      /\d$/u.test(turn.name))
  )
    return -Infinity
  const words = wordCount(text)
  // Two or more sentences are running text, not a headline.
  if ((text.match(sentenceBreak)?.length ?? 0) >= 1 && sentenceEnd.test(text)) return -Infinity
  let score = 0
  if (words <= 1) score -= 3
  else if (words <= 3) score -= 1
  else if (words <= 30) score += 2
  else if (words > 45) score -= 4
  else score -= 1
  if (/^\p{Lu}[\p{L}.' ]{1,30}\s+[-–—]\s+\S{1,20}(?:\s\S{1,20})?$/u.test(text) || /^[^\s-]+\s+-\s+[^\s-]+$/u.test(text))
    score -= 3
  if (words <= 4 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) score -= 2
  if (/[,;:]$/u.test(text)) score -= 3
  // "Field : value" metadata and "Title by Author" book cards are not the headline.
  if (/^[\p{L} ,]{2,30}\s:\s/u.test(text)) score -= 3
  if (new RegExp(`\\s(?:by|von|par|por)\\s+${nameSource}$`, 'u').test(text)) score -= 3
  // A name alone (or "Name, office") further down the head is a byline, not the headline.
  if (index > 0 && new RegExp(`^${nameSource}(?:,\\s.{2,60})?\\.?$`, 'u').test(text))
    score -= text.includes(',') ? 3 : 1
  // An all-lower-case line without punctuation is a menu ("home careers get in touch").
  if (
    /^[\p{Ll}\s]+$/u.test(text) &&
    /\p{Script=Latin}/u.test(text) &&
    words >= 5 &&
    text.split(/\s+/).every((w) => w.length <= 8)
  )
    score -= 4
  if (index === 0) score += 2
  if (sentenceEnd.test(text) && words > 12) score -= 4
  else if (/[.。]$/u.test(text) && words >= 8) score -= 1.5
  if (index > 0 && endsWithQuestion(text) && !head.slice(index + 1).some((u) => u.text === text)) score -= 1
  // The first of the page's unmarked questions, each followed by its answer, is no headline.
  if (endsWithQuestion(text) && inQuestionRhythm(state.units, unit)) return -Infinity
  score -= index * 0.4
  // A headline is often printed twice (page title and heading) or followed by its date or byline.
  const key = comparable(text)
  const bare = comparable(withoutSuffix(text))
  if (head.some((u) => u !== unit && (keysOf(u).key === key || keysOf(u).bare === key || keysOf(u).key === bare)))
    score += 5
  // A headline is followed, within a standfirst's distance, by its date or byline.
  const byOrDate = (u: Unit | undefined) =>
    u !== undefined &&
    (u.role === 'byline' ||
      u.role === 'date' ||
      parseDateLine(u.text) !== null ||
      /^(?:by|von|par|por)\s/iu.test(u.text) ||
      new RegExp(`^${nameSource}\\.?$`, 'u').test(u.text))
  const at = state.units.indexOf(unit)
  const after = state.units.slice(at + 1, at + 5).filter((u) => u.role !== 'removed')
  const dek = after[0] !== undefined && after[0].text.split(/\s+/).length >= 8
  const rubric = words <= 3 && text === text.toUpperCase()
  if (!rubric && (byOrDate(after[0]) || (dek && words >= 3 && (byOrDate(after[1]) || byOrDate(after[2]))))) score += 2
  // A masthead sits on top of the site's menu: a short line with navigation or a section bar right below it.
  const below = state.removed.filter(
    (r) =>
      r.line > unit.endLine &&
      r.line <= unit.endLine + 2 &&
      /^chrome\/(?:navigation|breadcrumb|menu|widget|section)/u.test(r.rule)
  )
  if (words <= 5 && below.length > 0 && index < 3) score -= 3
  return score
}

/** Claim title, date, bylines and notes at the start of the source. */
export function readHead(state: State): void {
  const open = state.units.filter((unit) => unit.role === null)
  // The head ends at the first question or the first paragraph of running text.
  const end = open.findIndex(
    (unit, index) =>
      isQuestionStart(unit.text) ||
      (wordCount(unit.text) > 60 && index > 0) ||
      (index === 0 && wordCount(unit.text) > 45 && endsSentenceLoosely.test(unit.text))
  )
  const head = open.slice(0, end < 0 ? headSize : Math.min(end, headSize))
  const editorTitle = state.overrides.title
  const rest: Unit[] = []
  for (const [index, unit] of head.entries()) {
    if (unit.role !== null) continue
    if (startsWithNote(unit.text) && unit.text.split(/\s+/).length <= 80) {
      unit.role = 'notes'
      state.notes.push(unit)
      // "Editor's Note:" alone on its line: the note is the paragraph below it.
      const next = head[index + 1] ?? open[open.indexOf(unit) + 1]
      if (/^[^.]{3,30}:$/u.test(unit.text) && next && next.role === null) {
        next.role = 'notes'
        state.notes.push(next)
      }
      continue
    }
    if (readByline(state, unit)) {
      // "By Kenji Watanabe | 21 May 2024" dates the piece too.
      const date = state.date ? null : findDate(unit.text)
      if (date) state.date = inferredDate(date, `byline: "${unit.text}"`, unit.line)
      continue
    }
    if (readDateLine(state, unit)) continue
    rest.push(unit)
  }
  dropPosterBylines(state, head)
  if (!state.title) chooseTitle(state, rest, editorTitle !== undefined)
  readNameLines(state, rest)
  removeRepeatedTitle(state)
}

/**
 * Two "By" lines in one head: scraper sites print their poster's name first and the author's
 * nearer the text ("By Darla Femmer" … "By Karim Haddadin*"). The last one is the author.
 */
function dropPosterBylines(state: State, head: Unit[]): void {
  const bylines = head.filter((u) => u.role === 'byline' && /^(?:by|von|par|por)\s/iu.test(u.text))
  for (const unit of bylines.slice(0, -1)) {
    const evidence = `byline: "${unit.text}"`
    state.people = state.people.filter((p) => p.evidence !== evidence)
    removeUnit(state, unit, 'chrome/poster', "the site's poster (a later byline names the author)")
  }
}

const koreanByline = /^(\p{Script=Hangul}{2,4})\s*(?:기자|특파원|논설위원)$/u
let notAName: {place: RegExp; newsroom: RegExp} | null = null

/**
 * A short line in a script without case that names no person: a place after its preposition ("من إب",
 * from Ibb), a newsroom's role or desk ("رئيس التحرير", editor-in-chief), an outlet ("بوابة النسر"),
 * or a name the page prints in quotation marks elsewhere ("في هذا اللقاء الخاص مع "النسر الفني""):
 * quotes mark a title or an outlet, not a person. Cased scripts tell a name by its capitals; these
 * lines have none.
 */
function uncasedNonName(state: State, text: string): boolean {
  if (quotedElsewhere(state, text)) return true
  notAName ??= {
    place: new RegExp(`^${lexicon('placePreposition', undefined, {words: 'start'})}\\s`, 'iu'),
    newsroom: new RegExp(lexicon('newsroom', undefined, {words: 'whole'}), 'iu')
  }
  return (
    notAName.place.test(text) ||
    notAName.newsroom.test(text) ||
    ['ar', 'fa', 'ur', 'hi', 'he'].some((lang) => hasOutletWord(text, lang))
  )
}
/** The text inside quotation marks ("…", «…», “…”, »…«) on another line of the page. */
function quotedElsewhere(state: State, text: string): boolean {
  const quoted = new RegExp(`["«“»]\\s*${text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s*["»”«]`, 'u')
  return state.lines.some((line) => line.trim() !== text && quoted.test(line))
}

const uncasedWords =
  /^[\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Hebrew}\p{M}]+(?:\s[\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Hebrew}\p{M}]+){1,3}$/u

/**
 * A name alone on a line of the head ("Leyla Mammadli", "Ramón T. Albarrán.", "मीनाक्षी रावत",
 * "박민서 기자") is the byline: the author, or for an interview the interviewer.
 */
function readNameLines(state: State, head: Unit[]): void {
  const titleLine = state.title?.line ?? 0
  const isName = (text: string) => new RegExp(`^${nameSource}\\.?$`, 'u').test(text)
  const afterTitle = head.filter((u) => u.line > titleLine).slice(0, 6)
  for (const [index, unit] of head.entries()) {
    if (unit.role !== null || (unit.line < titleLine && titleLine > 0) || (titleLine > 0 && !afterTitle.includes(unit)))
      continue
    // Several names in a row are a list of participants, not a byline.
    if (isName(head[index - 1]?.text ?? '') || isName(head[index + 1]?.text ?? '')) continue
    // "Ирина Залесская экономист", "Nermin Aktaşlı, gazeteci": a name and its role in lower case.
    // A sentence break ("No. At night…") means running text; an initial ("Ramón T. Albarrán") does not.
    if (
      unit.text.split(/\s+/).length > 7 ||
      /\p{Ll}{2}[.!?]\s/u.test(unit.text) ||
      /^\p{Lu}\p{Ll}?[.]\s/u.test(unit.text)
    )
      continue
    const text = unit.text
      .replace(/[.]$/u, '')
      .replace(/,?\s+\p{Ll}[\p{Ll}-]{2,30}(?:\s\p{Ll}[\p{Ll}-]{1,30}){0,2}$/u, '')
      .trim()
    // ALL-CAPS lines are subheads or rubrics, not names; "DF Correspondent" is a desk, not a person.
    if (text === text.toUpperCase() && /\p{Lu}{2}/u.test(text)) continue
    if (
      text.split(/\s+/).length <= 4 &&
      ((/^\p{Lu}/u.test(text) && latinNewsroom.test(text)) || otherNewsroom.test(text))
    ) {
      unit.role = 'byline'
      continue
    }
    const korean =
      koreanByline.exec(text) ?? /^(?:本报记者|记者|文|撰文|采访)\s*[:：]\s*(\p{Script=Han}{2,4})$/u.exec(text)
    const latin = new RegExp(`^${nameSource}$`, 'u').test(text) && !functionWord.test(text)
    const name = korean ? korean[1]! : latin || (uncasedWords.test(text) && !uncasedNonName(state, text)) ? text : null
    if (!name) continue
    claimByline(state, unit, name)
  }
}

/** Pick the best-scoring head unit as the headline; labels before it are the page's rubrics. */
function chooseTitle(state: State, head: Unit[], editorTitle: boolean): void {
  const scored = head.map((unit, index) => ({unit, score: titleScore(state, unit, index, head, state.format)}))
  // With an editor's title, the source's own headline is simply the first line that can be one (it is replaced).
  let best = editorTitle
    ? (scored.find((s) => s.score >= 0.5) ?? null)
    : scored.reduce<(typeof scored)[number] | null>((a, b) => (b.score > (a?.score ?? -Infinity) ? b : a), null)
  // Furniture the decoder reads among furniture gives way to a line that reads as a headline on its
  // own (a line of four words or more, early in the head), never to none nor to a label.
  const penalties = editorTitle ? new Map<Unit, number>() : furniturePenalties(state, scored)
  if (best && penalties.has(best.unit)) {
    const choice = (s: (typeof scored)[number]) => s.score - (penalties.get(s.unit) ?? 0)
    // A headline precedes the text: no line after the first paragraph of prose replaces it.
    const prose = scored.findIndex((s) => wordCount(s.unit.text) > proseWords)
    const other = scored
      .slice(0, prose < 0 ? undefined : prose)
      .reduce<(typeof scored)[number] | null>((a, b) => (choice(b) > (a ? choice(a) : -Infinity) ? b : a), null)
    if (other && other !== best && choice(other) >= strongHeadline && wordCount(other.unit.text) >= 4) best = other
  }
  if (!best || best.score < 0.5) {
    state.reasons.title = 'no line of the head reads as a headline'
    return
  }
  // With an editor's title in front matter, only a level-one heading is the source's own headline.
  if (editorTitle && state.format === 'md' && best.unit.heading !== 1) return
  // A short rubric line directly above a longer headline (no blank line between) is a kicker.
  const after = scored[scored.indexOf(best) + 1]
  if (
    after &&
    after.unit.line === best.unit.endLine + 1 &&
    after.score > 0 &&
    wordCount(best.unit.text) <= 6 &&
    wordCount(after.unit.text) > wordCount(best.unit.text) &&
    !sentenceEnd.test(best.unit.text)
  ) {
    best.unit.role = 'subtitle'
    state.removed.push({
      line: best.unit.line,
      text: best.unit.text,
      reason: 'kicker (rubric above the headline)',
      rule: 'chrome/kicker'
    })
    best.unit.role = 'removed'
    best = after
  }
  const unit = best.unit
  unit.role = 'title'
  state.title = {children: phrasingOf(unit.tree, unit.text), text: unit.text, line: unit.line}
  state.reasons.title = `headline: the best of ${scored.length} head line(s) (score ${best.score.toFixed(1)})`
  // Another copy of the same headline (the page title with the site's name) is no rival.
  const same = (u: Unit) =>
    keysOf(u).key === keysOf(unit).key || keysOf(u).bare === keysOf(unit).key || keysOf(u).key === keysOf(unit).bare
  const second = scored.filter((s) => s !== best && !same(s.unit)).sort((a, b) => b.score - a.score)[0]
  if (second && second.score >= 0.5 && second.score >= best.score - 0.5) {
    state.warnings.push(
      messageAt(
        state.file,
        'metadata/uncertain-title',
        `the headline was chosen with little margin (score ${best.score.toFixed(1)}${second ? `, next "${second.unit.text.slice(0, 40)}" ${second.score.toFixed(1)}` : ''}): check the title`,
        unit.line
      )
    )
  }
  // Rubrics and labels printed above the headline are page furniture.
  for (const {unit: other, score} of scored) {
    if (other.line >= unit.line || other.role !== null) continue
    if (score < 0 && wordCount(other.text) <= 4)
      removeUnit(state, other, 'chrome/section-label', 'section label above the headline')
  }
  // "——An Interview with X" under the headline is its standfirst.
  const next = state.units[state.units.indexOf(unit) + 1]
  if (
    next &&
    next.role === null &&
    /^(?:[—–―-]{1,2}|──)\s*\S/u.test(next.text) &&
    wordCount(next.text) <= 30 &&
    !/[?？]/u.test(next.text)
  ) {
    next.role = 'subtitle'
    const text = next.text.replace(/^(?:[—–―-]{1,2}|──)\s*/u, '').replace(/\s*(?:[—–―-]{1,2}|──)$/u, '')
    state.subtitle = {children: [{type: 'text', value: text}], text, line: next.line}
  }
}

/** How much a headline candidate the decoder reads as furniture, among furniture, loses. */
const furnitureCost = 3
/** A unit longer than this, in words, is a paragraph of prose (as in decoded-chrome.ts). */
const proseWords = 20
/** The score a candidate needs to replace one the decoder reads as furniture. */
const strongHeadline = 1.5

/**
 * What each head line the role decoder reads as page furniture loses in the choice of the headline
 * (MISSES.md "furniture above the headline"), only where that reading is corroborated: a
 * neighbouring line is furniture too (removed by a rule, or read as furniture by the decoder), or
 * the decoder reads a later candidate as the headline. On a short page the decoder often reads the
 * real headline, printed first and alone, as furniture while nothing around it is: that reading is
 * not trusted.
 */
function furniturePenalties(state: State, scored: Array<{unit: Unit; score: number}>): Map<Unit, number> {
  const penalties = new Map<Unit, number>()
  if (scored.length < 2) return penalties
  const last = Math.max(...scored.map((s) => s.unit.endLine))
  const byLine = decodedLines(state, (index) => index < last + 40)
  if (byLine.size === 0) return penalties
  // A line the decoder reads as furniture too is no better a headline: it is penalised alike.
  const penalise = (unit: Unit) => penalties.set(unit, furnitureCost)
  for (const {unit} of scored)
    if (byLine.get(unit.line)?.role === 'removed' && !isDecodedFurniture(byLine, unit)) penalise(unit)
  const furniture = (line: number) => {
    if (state.removed.some((r) => r.line === line && r.rule.startsWith('chrome/'))) return true
    const unit = state.units.find((u) => u.line === line)
    return unit !== undefined && unit.role === null && isDecodedFurniture(byLine, unit)
  }
  let found = false
  for (const [index, entry] of scored.entries()) {
    if (!Number.isFinite(entry.score) || !isDecodedFurniture(byLine, entry.unit)) continue
    const amongFurniture = neighbourLines(state, entry.unit).some(furniture)
    const headlineLater = scored
      .slice(index + 1)
      .some((s) => s.score >= 0.5 && byLine.get(s.unit.line)?.role === 'title')
    if (amongFurniture || headlineLater) {
      penalise(entry.unit)
      found = true
    }
  }
  return found ? penalties : new Map()
}

/** The nearest non-blank source lines above and below a unit. */
function neighbourLines(state: State, unit: Unit): number[] {
  const out: number[] = []
  for (let i = unit.line - 2; i >= 0; i--)
    if (state.lines[i]?.trim()) {
      out.push(i + 1)
      break
    }
  for (let i = unit.endLine; i < state.lines.length; i++)
    if (state.lines[i]?.trim()) {
      out.push(i + 1)
      break
    }
  return out
}

function readDateLine(state: State, unit: Unit): boolean {
  let parsed = parseDateLine(unit.text)
  // "Saturday, January 13, 2024 | e-Paper", "14 Mart 2022 Pazartesi | Serbest Kürsü": a date with a
  // label of the page's header; it dates the page until the piece's own date line says otherwise.
  let header = false
  if (!parsed) {
    const m = /^(.{6,60}?)\s+[|·•]\s+[^|]{1,30}$/u.exec(unit.text)
    parsed = m ? parseDateLine(m[1]!) : null
    header = parsed !== null
  }
  if (!parsed) return false
  unit.role = 'date'
  if (header) {
    state.date ??= inferredDate(parsed, `navigation: page header "${unit.text}"`, unit.line)
    return true
  }
  // The piece's own date wins: a "published" line over a page header or an archive month, and an
  // "updated" line never over a date already found (it is the only date when nothing else is).
  const old = state.date
  const updated = updatedWord.test(unit.text)
  const published = publishedWord.test(unit.text)
  const finer = old !== null && old.precision !== 'day' && parsed.precision === 'day'
  if (old && (updated || (!published && !finer && !old.evidence.startsWith('navigation')))) return true
  state.date = inferredDate(parsed, `date line: "${unit.text}"`, unit.line)
  return true
}

const sentences = new Intl.Segmenter('en', {granularity: 'sentence'})

/** True when a paragraph opens with an editorial note (its first sentence is one). */
export function startsWithNote(text: string): boolean {
  const first = sentences.segment(text)[Symbol.iterator]().next().value?.segment ?? text
  return isNote(first) || /^(?:editor['’]?s['’]? note|disclaimer|note)\s*[:.\-–—]/i.test(text)
}

const siteSuffix = /^(.{8,}?)\s+[|–—-]\s+((?:(?!\s[|–—-]\s).){2,60})((?:\s+[|–—]\s+(?:(?!\s[|–—-]\s).){2,40}){0,2})$/u

const keys = new WeakMap<Unit, {key: string; bare: string}>()
/** A unit's comparable text, with and without a site suffix (computed once per unit). */
function keysOf(unit: Unit): {key: string; bare: string} {
  let k = keys.get(unit)
  if (!k) {
    k = {key: comparable(unit.text), bare: comparable(withoutSuffix(unit.text))}
    keys.set(unit, k)
  }
  return k
}

/** A page title without its " | Site | Section" suffix. */
function withoutSuffix(text: string): string {
  return siteSuffix.exec(text)?.[1] ?? text
}

/**
 * Remove later units that repeat the title. When one copy carries the site's name ("Title – Site")
 * and the other does not, the clean copy is the title and the site is remembered.
 */
function removeRepeatedTitle(state: State): void {
  const title = state.title
  if (!title) return
  const titleUnit = state.units.find((u) => u.role === 'title')!
  const titleKey = comparable(title.text)
  const suffixed = siteSuffix.exec(title.text)
  const titleWords = title.text.split(/\s+/).length
  for (const unit of state.units) {
    if (unit.role !== null && unit.role !== 'subtitle') continue
    // A copy of the title is about as long as the title (a page title adds the site's name).
    if (unit.text.length > title.text.length + 80 || unit.text.split(/\s+/).length > titleWords + 12) continue
    const key = comparable(unit.text)
    if (key === titleKey) {
      removeUnit(state, unit, 'chrome/repeated-title', 'repeated title')
      continue
    }
    // The page title ("Title – Site") printed besides the clean headline: the site is remembered.
    const own = siteSuffix.exec(unit.text)
    if (own && comparable(own[1]!) === titleKey) {
      removeUnit(state, unit, 'chrome/page-title', `page title with the site's name ("${own[2]!.trim()}")`)
      state.site ??= {name: own[2]!.trim(), line: unit.line}
      continue
    }
    if (suffixed && comparable(suffixed[1]!) === key) {
      // The first copy was the page title with the site's name: keep the clean copy.
      removeUnit(state, titleUnit, 'chrome/page-title', `page title with the site's name ("${suffixed[2]}")`)
      unit.role = 'title'
      state.title = {children: phrasingOf(unit.tree, unit.text), text: unit.text, line: unit.line}
      state.site ??= {name: suffixed[2]!.trim(), line: titleUnit.line}
      return
    }
  }
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

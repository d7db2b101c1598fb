/**
 * Chrome recognised by its shape rather than its words, so it is found in any language: a bar of
 * short items between separators (navigation), a path of sections (breadcrumb), a run of short
 * bulleted links (a menu), a caption printed twice, a row of player placeholders, a blogger's
 * signature, the next post of a blog archive page. Every removal names its rule in the ledger.
 */
import {findDate, parseDateLine} from '../text/dates.js'
import {lexicon} from '../languages/index.js'
import {claimByline} from './read-byline.js'
import {recurringHeads} from './questions/heads.js'
import type {State} from './state.js'
import {removeUnit, inferredDate} from './state.js'
import type {Unit} from './unit.js'
import {textParagraph} from './unit.js'
import {endsWithQuestion, sentenceTerminal} from '../text/sentence-marks.js'

/** Words of a unit; every threshold here is small, so a long unit is simply "many" (and no array is built). */
const words = (text: string) => (text.length > 400 ? 100 : text.split(/\s+/).filter(Boolean).length)
/** Words, or for scripts without spaces about two characters a word. */
const weight = (text: string) =>
  Math.max(
    words(text),
    Math.ceil((text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) / 2)
  )
const sentenceEnd = new RegExp(`${sentenceTerminal}["'”’»)]*$`, 'u')
// "Start", "News" and "खबरें" open a breadcrumb too.
const homeWords = new RegExp(
  `^(?:${lexicon('home', ['en', 'de', 'fr', 'es', 'ru', 'tr', 'hi', 'fa', 'ar', 'zh', 'ja', 'ko'])}|start|news|खबरें)$`,
  'iu'
)

/** A bar of three or more short items between separators: "Home | Contact | About". */
export function isNavigationBar(text: string): boolean {
  const parts = text
    .split(/\s+[|·•]\s+|\s+[-–]\s+|\s{2,}/u)
    .map((p) => p.trim())
    .filter(Boolean)
  if (parts.length < 3) return false
  const short = parts.filter((p) => weight(p) <= 3 && !sentenceEnd.test(p))
  return short.length >= parts.length - 1 && short.length >= 3
}

/**
 * A breadcrumb: sections joined by › » > (or " / " between short capitalised labels), or a path
 * that starts at "Home". Returns the label part to remove and the rest, when the page glued its
 * section label to the headline ("智能 | 创始人…"); null when the unit is not one.
 */
export function readBreadcrumb(text: string): {label: string; rest: string} | null {
  const crumb = breadcrumbShape(text)
  // "Policy Brief | 2024-01-18" is a dated line, read by the head, not a breadcrumb.
  return crumb && !findDate(text) ? crumb : null
}

function breadcrumbShape(text: string): {label: string; rest: string} | null {
  const arrows = text.split(/\s*[›»]\s*|\s+>\s+/u)
  if (arrows.length >= 2 && arrows.every((p) => p.trim() !== '') && weight(arrows[0]!) <= 4)
    return {label: text, rest: ''}
  const slash = text.split(/\s+\/\s+/u)
  if (slash.length >= 2 && homeWords.test(slash[0]!.trim())) return {label: text, rest: ''}
  if (slash.length >= 2 && slash.every((p) => weight(p) <= 3 && p === p.toUpperCase() && /\p{Lu}/u.test(p)))
    return {label: text, rest: ''}
  // "World | South Asia" alone, or "智能 | headline": a short section label before a bar.
  const bar = /^([^|]{1,24}?)\s*\|\s*(\S.*)$/u.exec(text)
  if (bar && weight(bar[1]!) <= 2 && !sentenceEnd.test(bar[1]!)) {
    const rest = bar[2]!
    const oneLabel = words(bar[1]!) === 1 || bar[1] === bar[1]!.toUpperCase()
    if (oneLabel && weight(rest) <= 3 && !rest.includes('|') && !staffWord.test(rest)) return {label: text, rest: ''}
    if (!rest.includes('|') && weight(rest) >= 5) return {label: `${bar[1]!.trim()} |`, rest}
  }
  return null
}

/** Remove navigation bars, breadcrumbs and bulleted menus; strip bullets off other head lines. */
export function stripStructure(state: State): void {
  for (const unit of state.units) {
    if (unit.role !== null || unit.tree.type !== 'paragraph' || unit.line !== unit.endLine) continue
    if (isNavigationBar(unit.text)) {
      rememberDate(state, unit)
      removeUnit(state, unit, 'chrome/navigation', 'site navigation bar')
      continue
    }
    const crumb = readBreadcrumb(unit.text)
    if (!crumb || words(unit.text) > 30) continue
    if (crumb.rest === '') removeUnit(state, unit, 'chrome/breadcrumb', 'breadcrumb or section label')
    else {
      state.removed.push({
        line: unit.line,
        text: crumb.label,
        reason: 'section label before the headline',
        rule: 'chrome/section-label'
      })
      setText(unit, crumb.rest)
    }
  }
  stripCaptionPairs(state)
  stripLowercaseMenu(state)
  stripPromptSentences(state)
  stripDateline(state)
  stripPlaceholders(state)
  stripNextPost(state)
  stripFooter(state)
}

/**
 * The copy stops inside a sentence ("-Gelelim asıl merak edilen konuya, eldivenleri ası"): words
 * that end in a lower-case letter after a comma or a turn's dash are cut-off text, not furniture
 * (a "Label: a, b" field, such as a tags line, is furniture).
 */
const cutOff = (text: string) =>
  words(text) >= 4 && /\p{Ll}$/u.test(text) && /[,،、，]|^[-–—]/u.test(text) && !/[:：]/u.test(text)

/**
 * A complete page ends in furniture: tags, a share row, a "related" heading, a comment prompt.
 * Short lines without closing punctuation after a finished paragraph are that footer (so a page
 * is not called truncated because of them); a text cut off mid-paragraph keeps its last lines.
 */
function stripFooter(state: State): void {
  const open = state.units.filter((u) => u.role === null)
  let start = open.length
  while (start > 0) {
    const unit = open[start - 1]!
    // A speaker's label with nothing after it ("Kornfeld:") is where a cut-off copy stops, not a footer.
    if (
      unit.tree.type !== 'paragraph' ||
      words(unit.text) > 8 ||
      sentenceEnd.test(unit.text) ||
      endsWithQuestion(unit.text) ||
      /[:：]$/u.test(unit.text) ||
      (start === open.length && cutOff(unit.text))
    )
      break
    start--
  }
  const before = open[start - 1]
  if (start === open.length || !before || words(before.text) < 12 || !sentenceEnd.test(before.text)) return
  for (const unit of open.slice(start))
    removeUnit(state, unit, 'chrome/footer', 'page furniture after the end of the text (tags, share, related links)')
}

/** A date printed inside a line of chrome ("Monday 22 Azar 1389 | Home | Contact") still dates the page. */
function rememberDate(state: State, unit: Unit): void {
  if (state.date) return
  const date = findDate(unit.text)
  if (date) state.date = inferredDate(date, `navigation bar: "${unit.text}"`, unit.line)
}

/** Replace a plain-text unit's text (a label or marker cut off). */
export function setText(unit: Unit, text: string): void {
  unit.text = text
  if (unit.tree.type === 'paragraph' && unit.tree.children.length === 1 && unit.tree.children[0]!.type === 'text')
    unit.tree = textParagraph(text)
}

const bullet = /^[•·▪◦*]\s+/u

/** Three or more bulleted one-to-four-word items without digits are a menu; other bullets lose the mark. */
export function stripMenus(state: State): void {
  const units = state.units
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.role !== null || !bullet.test(units[i]!.text)) continue
    let j = i
    while (j < units.length && units[j]!.role === null && bullet.test(units[j]!.text)) j++
    const run = units.slice(i, j)
    const items = run.map((u) => u.text.replace(bullet, ''))
    if (run.length >= 3 && items.every((t) => words(t) <= 4 && !/\d{3,}|[.?!:]$/u.test(t) && !/\d/u.test(t))) {
      for (const unit of run) removeUnit(state, unit, 'chrome/menu', 'site menu (a list of short links)')
    } else if (run.length >= 2 && run.every((u) => words(u.text) <= 8)) {
      // Bylines, dates and counters printed as a bulleted list: read each on its own.
      for (const unit of run) setText(unit, unit.text.replace(bullet, ''))
    }
    i = j - 1
  }
}

/**
 * The site's name printed three or more times in the head (logo, menu, footer): it is the site,
 * remembered as the outlet that published the page, and each copy is chrome.
 */
export function stripSiteName(state: State): void {
  const head = state.units
    .slice(0, 30)
    .filter((u) => u.role === null && u.tree.type === 'paragraph' && words(u.text) <= 4 && !sentenceEnd.test(u.text))
  const counts = new Map<string, Unit[]>()
  for (const unit of head) counts.set(unit.text, [...(counts.get(unit.text) ?? []), unit])
  const [name, copies] = [...counts].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []]
  if (copies.length < 3 || !/\p{L}{2}/u.test(name)) return
  // Names alone on their lines, each before a turn and alternating with another such name, are a
  // transcript's speakers, not a site's name.
  const labels = recurringHeads(
    state.units.filter((u) => u.role === null),
    () => false
  )
  const speakers = new Set([...labels.values()].filter((h) => h.rest === '').map((h) => h.name.toLowerCase()))
  if (speakers.size >= 2 && copies.every((unit) => labels.has(unit))) return
  state.site ??= {name, line: copies[0]!.line}
  for (const unit of copies) removeUnit(state, unit, 'chrome/site-name', "the site's name (printed in the header)")
}

const staffWord = new RegExp(lexicon('staffWord', undefined, {words: 'whole'}), 'iu')
const credit = new RegExp(
  `${lexicon('photo', ['en', 'de', 'ru'])}\\s*(?:credit|by)?\\s*:|\\((?:[^()]*\\/)+[^()]*\\)$|\\((?:${lexicon('photo', ['en', 'de'])}|${lexicon('agency')})[^()]*\\)$`,
  'iu'
)
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * A caption is often printed twice, once with the credit: "X, ambassador" then "X, ambassador
 * (agency/photographer)". Both copies go when one carries a credit and the other repeats it.
 */
function stripCaptionPairs(state: State): void {
  const units = state.units
  for (let i = 0; i + 1 < units.length; i++) {
    const [a, b] = [units[i]!, units[i + 1]!]
    if (a.role !== null && a.role !== 'removed') continue
    if (b.role !== null && b.role !== 'removed') continue
    if (words(a.text) > 40 || words(b.text) > 40) continue
    const [sa, sb] = [squash(a.text), squash(b.text)]
    if (sa.length < 12 || sb.length < 12) continue
    const repeats = sa === sb || sb.startsWith(sa) || sa.startsWith(sb)
    if (!repeats || !(credit.test(a.text) || credit.test(b.text))) continue
    for (const unit of [a, b])
      if (unit.role === null)
        removeUnit(state, unit, 'chrome/caption', 'photo caption (printed twice, with its credit)')
  }
}

/** "home careers get in touch": a menu copied as one line of lower-case words at the top of the page. */
function stripLowercaseMenu(state: State): void {
  for (const unit of state.units.filter((u) => u.role === null).slice(0, 3)) {
    const list = unit.text.split(/\s+/)
    if (
      list.length >= 4 &&
      list.length <= 12 &&
      list.every((w) => /^\p{Ll}{1,10}$/u.test(w)) &&
      /\p{Script=Latin}/u.test(unit.text)
    ) {
      removeUnit(state, unit, 'chrome/navigation', 'site navigation (a menu copied as one line)')
    }
  }
}

const prompt = new RegExp(
  `(?:^|[.!?]\\s+)((?:to (?:receive|get|read)[^.!?]{0,60}, )?${lexicon('signUpVerb')}\\b[^.!?]{0,60}\\b${lexicon('promptEnd')}[.!]?)$`,
  'iu'
)

/** "This interview first ran in X. To receive it by email, subscribe for free here.": the sign-up sentence goes, the note stays. */
function stripPromptSentences(state: State): void {
  for (const unit of state.units) {
    if (unit.role !== null) continue
    const m = prompt.exec(unit.text)
    if (!m || m.index === 0 || !/[.!?]/u.test(unit.text.slice(0, m.index + 1))) continue
    const cut = m[1]!
    state.removed.push({line: unit.endLine, text: cut, reason: 'sign-up prompt after a note', rule: 'chrome/subscribe'})
    setText(unit, unit.text.slice(0, unit.text.length - cut.length).trimEnd())
  }
}

/** "الرياض - الثقافية", "Brussels – Reuters": a place and a desk on the first line, not a headline. */
function stripDateline(state: State): void {
  const first = state.units.find((u) => u.role === null)
  if (
    first &&
    /^[^\s\-–—]+(?:\s[^\s\-–—]+)?\s[-–—]\s[^\s\-–—]+(?:\s[^\s\-–—]+)?$/u.test(first.text) &&
    !/\d/u.test(first.text)
  ) {
    removeUnit(state, first, 'chrome/dateline', 'dateline (place and desk)')
  }
}

/** Two or more short lines in a row ending with the same word and a colon: player placeholders ("Part one, audio:"). */
function stripPlaceholders(state: State): void {
  const units = state.units
  const last = (u: Unit) => /(\S+)\s*:$/u.exec(u.text)?.[1]?.toLowerCase() ?? null
  for (let i = 0; i < units.length; i++) {
    const key = units[i]!.role === null && words(units[i]!.text) <= 6 ? last(units[i]!) : null
    if (!key) continue
    let j = i
    while (j < units.length && units[j]!.role === null && words(units[j]!.text) <= 6 && last(units[j]!) === key) j++
    if (j - i >= 2)
      for (const unit of units.slice(i, j))
        removeUnit(state, unit, 'chrome/player', 'audio or video player placeholder')
    i = Math.max(i, j - 1)
  }
}

/** A word of a name: capitalised in a cased script, any word in a script without case (Bengali, Arabic, Han…). */
const nameWord = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\p{Lo}[\\p{Lo}\\p{M}]*)"
const postedBy = new RegExp(
  `^${lexicon('postedBy', undefined, {capitalized: true})}\\s*[:：]?\\s+(${nameWord}(?:\\s+${nameWord}){0,3})(?:\\s+${lexicon('atTime')}\\s+.{1,40}?)?$`,
  'u'
)
/** A comment counter after a blog's byline ("… at 10:12 PM No comments:", "… 3 Komentar"). */
const commentCounter = new RegExp(
  `\\s+(?:${lexicon('noComments')}|\\d+\\s+${lexicon('commentWord')}|${lexicon('commentWord')}\\s*\\(?\\d+\\)?)\\s*[:.]?$`,
  'iu'
)
const authorSite = lexicon('authorSite')
/** "--Name", "– J. Okafor": a name of one to four words; a short sentence ("– Yes, in spring.") is a dash turn or a quote. */
const signature = /^(?:--|—|–|~)\s*\p{Lu}[\p{L}.'’ -]{2,40}(?<!\p{Ll}{2}\.)$/u
const signatureWords = 4
const visit = new RegExp(`^(?:visit|follow|find)\\s.{2,60}${authorSite}(?:\\s+and\\s+${authorSite})?\\s*[.!]?$`, 'iu')

/**
 * A blog archive page runs into the next post: its date line, title and first words are not part
 * of this publication. A page that opens with a date line and shows another one after the text
 * has started ends there. A blogger's signature ("--Name") and "Visit X's website" go too.
 */
function stripNextPost(state: State): void {
  const units = state.units
  const open = units.filter((u) => u.role === null)
  // The post's own date line opens the page (after the blog's short menu lines).
  const dateIndex = open.slice(0, 6).findIndex((u) => parseDateLine(u.text))
  const firstDate = dateIndex >= 0 && open.slice(0, dateIndex).every((u) => words(u.text) <= 4)
  for (const unit of open) {
    // "Posted by Ines Valcourt at 21:04", "Eingestellt von Gartenliese um 19:42": the blog's byline, under the post.
    const posted = postedBy.exec(unit.text.replace(commentCounter, ''))
    if (posted) {
      claimByline(state, unit, posted[1]!)
      continue
    }
    if (signature.test(unit.text) && words(unit.text) <= signatureWords + 1)
      removeUnit(state, unit, 'chrome/signature', "the blogger's signature")
    else if (visit.test(unit.text)) removeUnit(state, unit, 'chrome/author-link', 'link to the author’s website')
  }
  if (!firstDate) return
  let seenText = false
  for (const [index, unit] of units.entries()) {
    if (unit.role !== null) continue
    if (words(unit.text) > 30) seenText = true
    if (!seenText || unit === open[dateIndex] || !parseDateLine(unit.text)) continue
    for (const rest of units.slice(index))
      if (rest.role === null)
        removeUnit(state, rest, 'chrome/next-post', 'the next post on the page (after a new date line)')
    return
  }
}

const readOn = new RegExp(`\\s*(?:\\.{3}|…)?\\s*\\[${lexicon('readOn')}\\]\\s*$`, 'iu')

/** A trailing "[read on]" / "[more]" link is not the text: cut it, listing it as removed. */
export function stripTrailingLinks(state: State): void {
  for (const unit of state.units) {
    if (unit.role !== null) continue
    const m = readOn.exec(unit.text)
    if (!m || m.index === 0) continue
    state.removed.push({line: unit.endLine, text: m[0].trim(), reason: '"read on" link', rule: 'chrome/read-more'})
    // The rest is elsewhere: what is here stops before the end.
    state.truncated = true
    state.warnings.push({
      code: 'source/truncated',
      message: `the text stops at a "read on" link ("${m[0].trim()}"): the rest is on another page`,
      severity: 'warning',
      file: state.file,
      line: unit.endLine
    })
    setText(unit, unit.text.slice(0, m.index).trimEnd() + (/(?:\.{3}|…)/u.test(m[0]) ? '…' : ''))
  }
}

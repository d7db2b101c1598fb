/**
 * Numbered notes, so they are never read as the interviewee's words: Markdown footnotes (`[^1]` and
 * `[^1]: …`), and what scraped pages print — `[1]` markers in the text and a trailing list under
 * "References", "Notes" or "Sources" (or the same word in another language), one line per note.
 * The list's units are claimed as `notes`, each line a note of its own; every marker becomes an
 * mdast `footnoteReference`, which `numberNotes` (called when the publication is built) links both ways.
 */
import type {PhrasingContent, RootContent, Text} from 'mdast'
import type {Block, Footnote, Inline} from '../model/publication.js'
import type {State} from './state.js'
import type {Unit} from './unit.js'
import {textUnit} from './unit.js'

/** Headings of a notes list, by language (en, de, fr, es, tr, ru, ur, ar, fa, hi, zh, ja), compared without case and a final colon. */
const headings = new Set(
  [
    'references',
    'notes',
    'sources',
    'footnotes',
    'endnotes',
    'citations',
    'notes and references',
    'references and notes',
    'sources and notes',
    'quellen',
    'anmerkungen',
    'fußnoten',
    'einzelnachweise',
    'quellenangaben',
    'belege',
    'literatur',
    'références',
    'sources et notes',
    'notes et références',
    'bibliographie',
    'referencias',
    'notas',
    'fuentes',
    'notas y referencias',
    'bibliografía',
    'kaynaklar',
    'notlar',
    'kaynakça',
    'dipnotlar',
    'примечания',
    'источники',
    'ссылки',
    'сноски',
    'литература',
    'примечания и источники',
    'حوالہ جات',
    'حوالے',
    'حواشی',
    'ماخذ',
    'نوٹس',
    'المراجع',
    'المصادر',
    'الهوامش',
    'مراجع',
    'مصادر',
    'هوامش',
    'حواشي',
    'ملاحظات',
    'منابع',
    'پانویس',
    'پانویس‌ها',
    'یادداشت‌ها',
    'پی‌نوشت‌ها',
    'پی‌نوشت',
    'ارجاعات',
    'منابع و مآخذ',
    'संदर्भ',
    'सन्दर्भ',
    'टिप्पणियाँ',
    'टिप्पणियां',
    'स्रोत',
    'संदर्भ सूची',
    '参考文献',
    '参考资料',
    '參考資料',
    '注释',
    '註釋',
    '注释与参考',
    '资料来源',
    '來源',
    '来源',
    '脚注',
    '附注',
    '注',
    '注釈',
    '出典',
    '参照',
    '脚注と出典'
  ].map((word) => word.normalize('NFC'))
)

/** Digits of other scripts (Arabic-Indic, Persian, Devanagari, full-width) as ASCII. */
const digitBases = [0x660, 0x6f0, 0x966, 0xff10]
const toAscii = (digits: string) =>
  digits.replace(/[٠-٩۰-۹०-९０-９]/gu, (d) => {
    const code = d.codePointAt(0)!
    return String(code - digitBases.find((base) => code >= base && code < base + 10)!)
  })
const digit = '[0-9٠-٩۰-۹०-९０-９]'
/** A marker in running text: `[1]`, `［1］`, `【1】`. */
const markerRe = new RegExp(`[\\[［【](${digit}{1,3})[\\]］】]`, 'gu')
/** A note line: `[1] text`, `1. text`, `1) text`, `^1 text`. */
const lineRe = new RegExp(
  `^\\s*(?:[\\[［【](${digit}{1,3})[\\]］】]|(${digit}{1,3})[.)]|\\^(${digit}{1,3}))\\s*(\\S.*)$`,
  'u'
)

/** True for a unit that is only a notes heading ("References", "## Notes", "Источники:"). */
export function isNotesHeading(text: string): boolean {
  const word = text
    .replace(/^#+\s*/, '')
    .replace(/\s*[:：]\s*$/u, '')
    .trim()
    .toLocaleLowerCase()
  return headings.has(word.normalize('NFC'))
}

/** Claim Markdown footnote definitions and a trailing scraped notes list; turn their markers into references. */
export function readNotes(state: State): void {
  const notes = new Map<string, Unit[]>()
  for (const unit of state.units) {
    if (unit.note === undefined || unit.role !== null) continue
    unit.role = 'notes'
    notes.set(unit.note, [...(notes.get(unit.note) ?? []), unit])
  }
  const scraped = readList(state)
  for (const [label, units] of scraped) if (!notes.has(label)) notes.set(label, units)
  state.footnotes = [...notes].map(([label, units]) => ({label, units}))
  const known = new Set(notes.keys())
  for (const unit of state.units) {
    if (unit.role === 'removed' || unit.role === 'notes') continue
    unit.tree = markReferences(unit.tree, known, scraped.size > 0) as typeof unit.tree
  }
}

/** The last notes heading whose following units are all note lines, read as label → one unit per note. */
function readList(state: State): Map<string, Unit[]> {
  const open = state.units.filter((unit) => unit.role === null && unit.note === undefined)
  const out = new Map<string, Unit[]>()
  for (let index = open.length - 1; index >= 0; index--) {
    const unit = open[index]!
    const lines = sourceLines(state, unit)
    const headed = isNotesHeading(lines[0] ?? '')
    if (!headed) continue
    const rest = [
      ...(lines.length > 1 ? [{unit, lines: lines.slice(1), first: unit.line + 1}] : []),
      ...open.slice(index + 1).map((u) => ({unit: u, lines: sourceLines(state, u), first: u.line}))
    ]
    const found = new Map<string, Unit[]>()
    let last: Unit[] | null = null
    let ok = rest.length > 0
    for (const part of rest) {
      part.lines.forEach((text, offset) => {
        const line = lineRe.exec(text)
        if (line) {
          const label = toAscii(line[1] ?? line[2] ?? line[3]!)
          last = [textUnit(part.first + offset, part.first + offset, line[4]!.trim())]
          found.set(label, last)
        } else if (last && text.trim()) {
          // A wrapped note line continues the note above.
          const note = last.at(-1)!
          last[last.length - 1] = textUnit(note.line, part.first + offset, `${note.text} ${text.trim()}`)
        } else if (text.trim()) ok = false
      })
    }
    // The numbers must be markers in the text, or this is some other numbered list under a heading.
    const cited = new Set(
      open.slice(0, index).flatMap((u) => [...u.text.matchAll(markerRe)].map((m) => toAscii(m[1]!)))
    )
    if (!ok || found.size === 0 || ![...found.keys()].some((label) => cited.has(label))) return out
    unit.role = 'notes'
    for (const part of rest) part.unit.role = 'notes'
    for (const [_label, units] of found) for (const note of units) note.role = 'notes'
    return found
  }
  return out
}

/** The source lines a unit spans, or its text when it spans none (units made by earlier steps). */
function sourceLines(state: State, unit: Unit): string[] {
  const lines = state.lines.slice(unit.line - 1, unit.endLine).filter((line) => line.trim() !== '')
  return lines.length > 0 ? lines : [unit.text]
}

/** Markers with a known label become `footnoteReference`s; Markdown references to no note become `[label]` text. */
function markReferences(node: RootContent, known: ReadonlySet<string>, scraped: boolean): RootContent {
  if (node.type === 'footnoteReference') {
    const label = node.label ?? node.identifier
    return known.has(label) ? {...node, identifier: label, label} : {type: 'text', value: `[${label}]`}
  }
  if (node.type === 'text' && scraped) return node
  if (!('children' in node)) return node
  const children: RootContent[] = []
  for (const child of node.children as RootContent[]) {
    if (child.type === 'text' && scraped) children.push(...splitMarkers(child, known))
    else if (child.type === 'inlineCode' || child.type === 'code') children.push(child)
    else children.push(markReferences(child, known, scraped))
  }
  return {...node, children} as RootContent
}

function splitMarkers(node: Text, known: ReadonlySet<string>): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let at = 0
  for (const match of node.value.matchAll(markerRe)) {
    const label = toAscii(match[1]!)
    if (!known.has(label)) continue
    if (match.index > at) out.push({type: 'text', value: node.value.slice(at, match.index)})
    out.push({type: 'footnoteReference', identifier: label, label})
    at = match.index + match[0].length
  }
  if (at === 0) return [node]
  if (at < node.value.length) out.push({type: 'text', value: node.value.slice(at)})
  return out
}

/**
 * Number the notes 1..n in the order they are printed and link them both ways: each marker in
 * `content` (in reading order) gets its note's `id` as `identifier`, the number as `label`, and an
 * anchor of its own (`fnref1`, `fnref1-2`) in `data.refId`, which the note lists in `refs`.
 * Markers are rewritten in place; `content` must be the publication's own copies.
 */
export function numberNotes(
  notes: Array<{label: string; line: number | null; content: Block[]}>,
  content: Array<Block | Inline>
): Footnote[] {
  const footnotes: Footnote[] = notes.map((note, index) => ({
    id: `fn${index + 1}`,
    number: index + 1,
    label: note.label,
    content: note.content,
    refs: [],
    line: note.line
  }))
  const byLabel = new Map(footnotes.map((note) => [note.label, note]))
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const record = node as {type?: string; children?: unknown[]}
    if (record.type === 'footnoteReference') {
      const ref = record as {identifier: string; label?: string | null; data?: {refId?: string}}
      const note = byLabel.get(ref.label ?? ref.identifier)
      if (!note) return
      const refId = note.refs.length === 0 ? `fnref${note.number}` : `fnref${note.number}-${note.refs.length + 1}`
      note.refs.push(refId)
      ref.identifier = note.id
      ref.label = String(note.number)
      ref.data = {...ref.data, refId}
      return
    }
    if (Array.isArray(record.children)) record.children.forEach(visit)
  }
  for (const item of content) visit('tree' in item ? item.tree : {children: item.children})
  return footnotes
}

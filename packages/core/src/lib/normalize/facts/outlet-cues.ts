/**
 * Outlets a phrase names, in any language whose words `languages/` lists: the name after a lead
 * ("En diálogo con Diario Austral", "في حوار خاص مع «الوادي نيوز»", "на Радио «Северный ветер»",
 * "la postul de televiziune Canal 7"), before a tail ("東都新聞のウェブサイト", "자유의소리와의 단독 인터뷰",
 * "Forma Tv'ye konuştu", "GFN-Interview"), after a repost lead ("به نقل از پارس‌نیوز", "Theo An Ninh
 * Toàn Cầu", "转自《光影周刊》", "appeared first on NasirCh.Com"), after a source field ("来源:新华社",
 * "Nguồn: …", "المصدر:") and before a reporter's title ("新华社记者", "GFN-Reporterin").
 *
 * Concepts: `outletLead`, `outletNoun`, `outletTail`, `repostedFrom`, `republishes` ("LTS: Tuần Việt xin giới
 * thiệu lại…": the republisher), `sourceLabel`, `reporterWord`. A one-letter
 * lead glued to its word (Arabic "لـ", Hebrew "ל") counts only before a quoted name.
 */
import {lexicon} from '../../languages/index.js'
import {nameAfter, nameBefore, quotedAfter} from './spans.js'

export type CueKind = 'lead' | 'noun' | 'tail' | 'repost' | 'republisher' | 'source' | 'reporter'

export interface OutletCue {
  name: string
  kind: CueKind
  evidence: string
}

const before = '(?<![\\p{L}\\p{M}\\p{N}])'
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u
let compiled: Array<{kind: CueKind; re: RegExp}> | null = null

function cues(): Array<{kind: CueKind; re: RegExp}> {
  compiled ??= [
    {kind: 'repost', re: new RegExp(`${before}${lexicon('repostedFrom')}(?:\\s+the)?(?=[\\s«"“„《「'])`, 'giu')},
    {kind: 'lead', re: new RegExp(`${before}${lexicon('outletLead')}`, 'giu')},
    {kind: 'noun', re: new RegExp(`${before}${lexicon('outletNoun')}`, 'giu')},
    {kind: 'source', re: new RegExp(`${before}${lexicon('sourceLabel')}\\s*[:：|]`, 'giu')},
    {kind: 'republisher', re: new RegExp(`\\s${lexicon('republishes')}(?![\\p{L}\\p{M}])`, 'giu')},
    {kind: 'tail', re: new RegExp(lexicon('outletTail'), 'giu')},
    // "新华社记者:", "China Daily reporter:", "GFN-Reporterin": a title that ends a label, or glued by a hyphen.
    {kind: 'reporter', re: new RegExp(`${lexicon('reporterWord')}(?=\\s*[:：])|-${lexicon('reporterWord')}`, 'giu')}
  ]
  return compiled
}

/** Every outlet a line names by a cue, in the order found. */
export function outletCues(line: string): OutletCue[] {
  const text = line.replace(/[’‘]/gu, "'")
  const found: OutletCue[] = []
  for (const {kind, re} of cues()) {
    re.lastIndex = 0
    for (const m of text.matchAll(re)) {
      const start = m.index!
      const end = start + m[0].length
      const before = kind === 'tail' || kind === 'reporter' || kind === 'republisher'
      const name = before ? nameBeforeCue(text, start, kind === 'republisher') : nameAfterCue(text, end, m[0])
      if (name) found.push({name, kind, evidence: text.slice(Math.max(0, start - 40), end + 40).trim()})
    }
  }
  return found
}

function nameAfterCue(text: string, end: number, cue: string): string | null {
  const rest = text.slice(end)
  // A lead that ends inside a word: the next letter must not continue it (a field's colon, and scripts
  // written without spaces, "做客新民网", aside).
  const glued = /\p{L}$/u.test(cue) && /\p{L}/u.test(rest[0] ?? '') && !unspaced.test(rest[0] ?? '')
  if (glued) return null
  // "لـ«…»", "ל'…'": a one-letter lead reads only a quoted name.
  if ([...cue.replace(/\u0640/gu, '')].length <= 1) return quotedAfter(rest)
  return nameAfter(rest.replace(/^\s*[:：]?\s*/u, ''))
}

function nameBeforeCue(text: string, start: number, phrase = false): string | null {
  const head = text.slice(0, start)
  if (!head.trim()) return null
  // A tail glued to its name ("자유의소리와의", "GFN-Interview") takes one word; a spaced one, two.
  // After an apostrophe the tail is a suffix of a whole name ("Forma Tv'ye konuştu").
  const spaced = phrase || /\s$/u.test(head) || /^'/u.test(text.slice(start))
  const name = nameBefore(head.replace(/[\s-]+$/u, ''), spaced ? 2 : 1)
  return name
}

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

/**
 * A news agency's or a paper's dateline at the start of a line names the original (read as a source
 * field): "新华社北京5月14日电", "新民网北京5月14日电" (outlet, city, date, 电/讯), "(서울=연합뉴스)"
 * (Korean: city = agency), "MOSCOW, May 3 (Reuters) -", "WASHINGTON (AP) —", "МОСКВА, 3 мая. /ТАСС/.",
 * "КИЇВ. 8 вересня. УНІАН-Прес." (city, date, agency in capitals) and an agency credit line
 * "DEMOKRAATTI/STT". The forms are the agencies' own house styles.
 */
let datelines: RegExp[] | null = null
const datelineForms = (): RegExp[] => [
  // The outlet's name ends in a Chinese masthead word (网, 报, 社, 电视台 …), then a city of up to six characters.
  new RegExp(
    `^[【[]?\\s*(?<name>[\\p{Script=Han}A-Za-z]{1,12}?${lexicon('mastheadWord', ['zh'])})[\\p{Script=Han}]{0,6}?\\s*(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日\\s*(?:电|電|讯|訊)`,
    'u'
  ),
  /^[(（]\s*[\p{L}]{1,10}\s*=\s*(?<name>[\p{L}\p{N}][\p{L}\p{N} ]{1,19}?)\s*[)）]/u,
  /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*[^()（）\n]{3,25}?)?\s*[(（](?<name>\p{Lu}[\p{L}\p{N} .&-]{1,28})[)）]\s*[-–—]/u,
  /^\p{Lu}[\p{Lu} -]{2,30},\s*\d{1,2}\s+\p{L}+\.?\s*\/(?<name>[^/\n]{2,20})\//u,
  /^\p{Lu}[\p{Lu} -]{2,30}[.,]\s+\d{1,2}\s+\p{L}+[.,]\s+(?<name>\p{Lu}{2,}[\p{L}\p{N}-]*(?:\s[\p{L}\p{N}-]{2,25})?)\.\s/u,
  /^\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s?\/\s?(?<name>\p{Lu}{2,10})$/u
]

/** Every outlet a line names by a cue, in the order found. */
export function outletCues(line: string): OutletCue[] {
  const text = line.replace(/[’‘]/gu, "'")
  const found: OutletCue[] = []
  datelines ??= datelineForms()
  const trimmed = text.trim()
  for (const re of datelines) {
    const m = re.exec(trimmed)
    if (m?.groups?.name) found.push({name: m.groups.name.trim(), kind: 'source', evidence: m[0].trim()})
  }
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

/**
 * Infer where a piece first appeared and who republished it: "X is republishing…",
 * "which was published in the July 2017 edition of Y", "first appeared in Y", and the site a
 * header line names. The date an original edition gives is used when no date line exists.
 */
import {lexicon} from '../languages/index.js'
import type {Outlet, OutletRole} from '../model/publication.js'
import {findDate} from '../text/dates.js'
import {readOutlets, siteRole} from './facts/outlets.js'
import {isNewsroomWords} from './facts/outlet-words.js'
import type {State} from './state.js'
import {inferredDate} from './state.js'

// Capitalised words; a dot may join parts of a word ("Geopolitica.Ru") but a sentence's full stop ends it.
const outletWord = "\\p{Lu}[\\p{L}\\p{N}'’&-]*(?:\\.[\\p{L}\\p{N}]+)*"
const outlet = `((?:The\\s+)?${outletWord}(?:\\s+(?:${outletWord}|of|for|and|&|on))*)`

const patterns: Array<{re: RegExp; role: OutletRole}> = [
  {
    re: new RegExp(`^${outlet}\\s+is\\s+(?:re-?publishing|reposting|re-?printing|cross-?posting)\\b`, 'u'),
    role: 'republisher'
  },
  {re: new RegExp(`^${outlet}\\s+is\\s+(?:sharing|publishing|presenting|running|bringing)\\b`, 'u'), role: 'original'},
  {
    re: new RegExp(
      `\\b${lexicon('firstTime')}\\s+${lexicon('firstAppeared')}\\s+(?:in|on|by|at)\\s+(?:the\\s+)?(?:([^.]*?)\\s+${lexicon('editionNoun')}\\s+of\\s+)?${outlet}`,
      'u'
    ),
    role: 'original'
  },
  {
    re: new RegExp(
      `\\b(?:which|that)\\s+was\\s+(?:first\\s+)?published\\s+(?:in|on|by)\\s+(?:the\\s+)?(?:([^.]*?)\\s+${lexicon('editionNoun')}\\s+of\\s+)?${outlet}`,
      'u'
    ),
    role: 'original'
  },
  {
    re: new RegExp(
      `\\b(?:conducted|interviewed|written|reported)\\s+by\\s+[^.]{3,60}?\\s+for\\s+(?:the\\s+)?${outlet}`,
      'u'
    ),
    role: 'original'
  },
  {
    re: new RegExp(
      `\\b(?:republished|reproduced|reprinted)\\s+(?:here\\s+)?(?:with permission\\s+)?from\\s+${outlet}`,
      'u'
    ),
    role: 'original'
  }
]

/** Outlets a headline or intro names in other words: «Деловой вектор», "avec Radio Horizon", "– OpEd – Meridian Review", "WITH AMATEUR FOOTBALL WEEKLY". */
const named: Array<{re: RegExp; role: OutletRole}> = [
  // "The Delta Courier speaks to Dr Orla Penhallow", "… spoke to The Meridian Ledger".
  {
    re: new RegExp(
      `^(The\\s+\\p{Lu}[\\p{L}'’&-]+(?:\\s+\\p{Lu}[\\p{L}'’&-]+){0,3})\\s+${lexicon('spokeWith')}\\s+(?:to|with)\\s`,
      'u'
    ),
    role: 'original'
  },
  {
    re: /\b(?:spoke|talked|told|said to)\s+(?:to\s+)?(The\s+\p{Lu}[\p{L}'’&-]+(?:\s+\p{Lu}[\p{L}'’&-]+){0,3})/u,
    role: 'original'
  },
  // "Cette tribune a d'abord été publiée dans la revue Sylva Nova", "erschien zuerst in X", "se publicó originalmente en X".
  {
    re: new RegExp(
      `${lexicon('firstPublishedIn', undefined, {words: 'start'})}\\s+(?:dans\\s+)?${lexicon('publicationNoun')}?\\s*«?(\\p{Lu}[\\p{L}'’&-]+(?:\\s+\\p{Lu}[\\p{L}'’&-]+){0,3})`,
      'iu'
    ),
    role: 'original'
  },
  {re: /^[^—–]{3,60}\s[—–-]\s[«"“„]([^»"”“]{2,40})[»"”“]\s*:/u, role: 'original'},
  {
    re: new RegExp(
      `${lexicon('interviewNoun', undefined, {capitalized: true, words: 'start'})}\\s[^.]{3,160}?,\\s+${lexicon('givenTo')}\\s+${outlet}`,
      'u'
    ),
    role: 'original'
  },
  {
    re: new RegExp(`\\s[–—|-]\\s${lexicon('rubric')}\\s[–—|-]\\s([^–—|]{2,50})$`, 'iu'),
    role: 'original'
  },
  {re: /\b(?:with|to|told)\s+((?:\p{Lu}{2,}\s+){1,4}\p{Lu}{2,})\b/u, role: 'original'},
  {re: /((?:[\p{Script=Arabic}]+\s+){0,2}[\p{Script=Arabic}]+)\s+(?:کی|کے)\s+اردو\s+سروس/u, role: 'original'},
  {re: new RegExp(`\\binterview with [^.:]{2,60}? for ${outlet}`, 'u'), role: 'original'},
  {
    re: new RegExp(`${outlet}\\s+(?:reporter|correspondent|journalist|editor|columnist)\\s+\\p{Lu}`, 'u'),
    role: 'original'
  },
  // Persian headline: "…، گفتگوی X با Y، …، NEWSPAPER" — the last part names the paper.
  {re: /گفت\u200c?و?گوی[^،]+،(?:[^،]+،)*\s*([^،]{2,30})$/u, role: 'original'}
]

/** Add outlets named in the intro and notes, plus the site of the page itself. */
export function inferOutlets(state: State): void {
  const heads = [
    state.title?.text ?? '',
    ...state.intro.slice(0, 2).map((u) => u.text),
    // An article's lede names the outlet as an interview's intro does ("…told the Urdu service of X").
    ...state.body.slice(0, 2).map((u) => u.text),
    ...state.notes.map((u) => u.text)
  ]
  for (const text of heads) {
    for (const {re, role} of named) {
      const m = re.exec(text)
      const name = m?.[1]
        ?.replace(/\s+/g, ' ')
        .replace(/^The\s+(?=\p{Lu}{2,})/u, '')
        .replace(/['’]s\b.*$/u, '')
        .replace(/\s+(?:and|of|for|on|&|the)$/u, '')
        .trim()
      if (name) addOutlet(state, {name, role, detail: null, url: null, source: 'inferred', evidence: m![0].trim()})
    }
  }
  const texts = [...state.intro, ...state.notes].map((unit) => unit.text)
  for (const text of texts) {
    for (const {re, role} of patterns) {
      const m = re.exec(text)
      if (!m) continue
      const name = (m.length > 2 ? m[2] : m[1])
        ?.replace(/[.,]+$/, '')
        .replace(/['’]s\b.*$/u, '')
        .replace(/\s+(?:and|of|for|on|&|the)$/u, '')
        .trim()
      const detail =
        m.length > 2 && m[1] ? `${m[1].replace(/^the\s+/i, '')} ${/issue/.test(m[0]) ? 'issue' : 'edition'}` : null
      if (!name) continue
      addOutlet(state, {name, role, detail, url: null, source: 'inferred', evidence: m[0]})
      if (detail && !state.date) {
        const date = findDate(detail)
        if (date) state.date = inferredDate(date, m[0], lineOf(state, text))
      }
    }
  }
  readOutlets(state)
  if (state.site) {
    // The page we copied from republished the piece when another outlet is named as the original.
    addOutlet(state, {
      name: state.site.name,
      role: siteRole(state),
      detail: null,
      url: null,
      source: 'inferred',
      evidence: `site header on line ${state.site.line}`
    })
  }
}

function addOutlet(state: State, outletFound: Outlet): void {
  // "told NEWS DESK", "(حوار)": a section's or a genre's word names no outlet.
  if (isNewsroomWords(outletFound.name)) return
  const existing = state.outlets.find((o) => o.name.toLowerCase() === outletFound.name.toLowerCase())
  if (existing) return
  state.outlets.push(outletFound)
}

function lineOf(state: State, text: string): number | null {
  return state.units.find((unit) => unit.text === text)?.line ?? null
}

/** When nothing else dated the piece, take a date mentioned in the intro or the title. */
export function inferDateFromIntro(state: State): void {
  if (state.date) return
  // The intro first, then the title ("… Press Conference on March 14, 2024").
  const title = state.units.filter((unit) => unit.role === 'title')
  for (const unit of [...state.intro, ...title]) {
    const date = findDate(unit.text)
    if (date) {
      state.date = inferredDate(date, `intro: "${date.match}"`, unit.line)
      return
    }
  }
}

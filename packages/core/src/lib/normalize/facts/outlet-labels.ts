/**
 * The outlet that asked, read from the questions' speaker label when the label names no person
 * (issue 20, point 5: "an asking label that names no person to the outlet"):
 *
 * - "Sahelinfo.net :", "Cathay.org.cn:": a site address;
 * - "দৈনিক আলোকবর্তিকা:", "پارس‌نیوز:", "Ridgeway Earth Journal:": a name with an outlet word;
 * - "新华社记者:", "China Daily reporter:": an outlet before a reporter's title (`reporterWord`);
 * - "Khánh Linh – Sóng Xa:", "Jakub Mroczek, Radio Fala:": a person's name, then the outlet;
 * - "Хвиля:", "Wasserwelt:", "DUNAMENTI HÍRLAP :": one capitalised word that is nobody's name on the
 *   page, or ALL CAPS that the page prints in quotes (spelled as the page prints it);
 * - a label the page names as an outlet elsewhere (its masthead, a cue, the site), or one word the
 *   head prints alone on a line ("NB").
 *
 * Only when one label asks every question, and not at a press conference (`pressConference` in the
 * title or intro): there each outlet asks in turn and none of them is the piece's outlet.
 */
import {lexicon} from '../../languages/index.js'
import type {State} from '../state.js'
import {outletCues} from './outlet-cues.js'
import {fold, hasOutletWord, isSiteAddress} from './outlet-words.js'

export interface LabelOutlet {
  name: string
  label: string
  /** The person the label also names ("Khánh Linh" in "Khánh Linh – Sóng Xa"), or null. */
  person: string | null
}

let askingRoles: RegExp | null = null
let presser: RegExp | null = null

/** The outlet the single asking label names, or null; `known` are outlet names read elsewhere. */
export function labelOutlet(state: State, known: readonly string[], lang: string): LabelOutlet | null {
  askingRoles ??= new RegExp(
    `^${lexicon(['askingRole', 'roleLabel', 'questionPrefix', 'answerPrefix', 'speakerWord'])}.?$`,
    'iu'
  )
  const askers = [...new Set(state.questions.map((q) => q.asker).filter((a): a is string => a !== null))].filter(
    (a) => !askingRoles!.test(a.trim())
  )
  if (askers.length === 0) askers.push(...printedLabel(state).filter((a) => !askingRoles!.test(a)))
  if (askers.length !== 1) return null
  presser ??= new RegExp(lexicon('pressConference'), 'iu')
  const head = [state.title?.text ?? '', ...state.intro.slice(0, 2).map((u) => u.text)]
  if (head.some((text) => presser!.test(text))) return null
  const label = askers[0]!.trim()
  if (/\d/u.test(label) && !isSiteAddress(label)) return null
  const fromLabel = (p: {evidence: string}) => p.evidence === `speaker label "${askers[0]}:"`
  // A label that is part of a person's name printed elsewhere ("Sommerfeld" for "Jan Sommerfeld") is that person.
  if (state.people.some((p) => !fromLabel(p) && fold(p.name).includes(fold(label)))) return null
  const found = (name: string, person: string | null = null) => ({name, label, person})

  if (isSiteAddress(label) || hasOutletWord(label, lang)) return found(label)
  const reporter = outletCues(`${label}:`).find((c) => c.kind === 'reporter')
  if (reporter) return found(reporter.name)
  if (known.some((k) => fold(k) === fold(label))) return found(known.find((k) => fold(k) === fold(label))!)
  // "Name – Outlet", "Name, Outlet": two capitalised words, a separator, a capitalised outlet.
  const split = /^(\p{Lu}[\p{L}\p{M}.'-]*(?:\s+\p{Lu}[\p{L}\p{M}.'-]*){1,2})\s*(?:[–—-]|,)\s*(.{2,60})$/u.exec(label)
  if (split) {
    const outlet = split[2]!.replace(/^(?:\p{Ll}[\p{L}\p{M}]*\s+)+/u, '').trim()
    if (/^\p{Lu}/u.test(outlet)) return found(outlet, split[1]!)
  }
  // One word printed alone on a line above the questions ("NB" under the headline): a signature.
  const firstQuestion = state.questions[0]?.unit.line ?? 0
  if (!/\s/u.test(label) && state.lines.slice(0, firstQuestion - 1).some((l) => l.trim() === label)) return found(label)
  const texts = [state.title?.text ?? '', ...state.intro.map((u) => u.text)].join(' ')
  // ALL CAPS names a person as often as a paper: only a name the text prints in quotes is an outlet.
  const quoted = [...texts.matchAll(/[“«"„]([^”»"“]{2,60})[”»"“]/gu)].map((m) => m[1]!)
  const caps =
    label === label.toUpperCase() &&
    /\p{Lu}{2}/u.test(label) &&
    label.split(/\s+/).length >= 2 &&
    quoted.some((q) => fold(q) === fold(label))
  // One capitalised word: an outlet when the page prints it quoted or standing alone elsewhere
  // ("Фото: Хвиля/…", 'in der "Wasserwelt"'), never beside another capitalised word ("Ulrike Sommerfeld").
  const single = /^\p{Lu}\p{Ll}{3,}$/u.test(label) && standsAlone(state, label)
  if (!caps && !single) return null
  // The spelling the title or intro prints ("Dunamenti Hírlap" for "DUNAMENTI HÍRLAP").
  const printed = texts
    .split(/[^\p{L}\p{M}\s]+/u)
    .map((part) => part.trim())
    .find((part) => fold(part).endsWith(fold(label)) && part.length <= label.length + 2)
  return found(printed ? printed.slice(printed.length - label.length) : label)
}

/**
 * The label every question is printed with when the question reader kept no asker: two or more
 * questions whose lines open with the same "Label:" (or "Label :") of at most five words.
 */
function printedLabel(state: State): string[] {
  const labels = state.questions.map((q) => /^([^:：\n]{2,40}?)\s*[:：]\s/u.exec(q.unit.text)?.[1]?.trim() ?? null)
  const first = labels[0]
  if (!first || labels.length < 2 || first.split(/\s+/u).length > 5) return []
  return labels.every((l) => l === first) ? [first] : []
}

/** `word` printed outside its labels, quoted or with no capitalised word beside it. */
function standsAlone(state: State, word: string): boolean {
  const labelled = new Set(state.questions.map((q) => q.unit.line))
  let alone = false
  for (const [i, line] of state.lines.entries()) {
    if (labelled.has(i + 1)) continue
    for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
      const before = line.slice(0, at)
      const after = line.slice(at + word.length)
      if (/[\p{L}\p{M}-]$/u.test(before) || /^[\p{L}\p{M}]/u.test(after)) continue
      if (/^\s*[:：]/u.test(after) && !before.trim()) continue
      // Beside a capitalised word it is part of a longer name: a person's.
      if (/\p{Lu}[\p{L}\p{M}.'’-]*\s+$/u.test(before) || /^\s+\p{Lu}/u.test(after)) return false
      alone = true
    }
  }
  return alone
}

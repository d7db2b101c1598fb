/**
 * The headline decided last (issue 20, "the kind decided last" and "one decoder over every line";
 * MISSES.md "furniture above the headline wins the title"): once every step has read the page, the
 * role decoder with the ledger's votes (`roleModel`, fitted on corpus/train) decodes every line, and
 * the line it finds most probably the headline replaces the title the rules chose when it is
 * clearly more probable.
 *
 * The rules choose the headline early, from the lines' shapes near the top (a masthead, a blog's
 * name or a skip link often wins there); the decoder weighs every line's shape, position and
 * neighbours, and the roles the rules gave them, with weights learnt on labelled pages of many
 * sites.
 *
 * Measured before writing the step, on corpus/train, each site family decoded by weights fitted on
 * the other families (149 pages with a labelled headline): the rules' title is a headline line on
 * 99 pages, the decoder's most probable line on 111; the decoder is right where the rules are wrong
 * on 14 pages, and wrong where they are right on 2.
 *
 * A switch needs the decoder to doubt the rules' title (p < `titleDoubt`) and to read its line as
 * the headline with p ≥ `titleProbability`, by `titleMargin` more than the rules' title line; the line must stand above the first question and
 * the first answer, hold at most `maxWords` words, not ask, and not repeat the opening of a longer
 * paragraph (a teaser). The line that was the title is
 * removed with the reason (the ledger keeps it); the new title leaves the intro, body, standfirst
 * or removed list it was in. A switch with p < `sureProbability` is warned.
 */
import {messageAt} from '../messages.js'
import {countWords} from '../text/stats.js'
import {endsWithQuestion} from './questions/patterns.js'
import {decodeRoles, roleClasses} from './roles/decode.js'
import {lineFeatures} from './roles/features.js'
import {roleModel} from './roles/weights.js'
import type {State} from './state.js'
import {lineRoles, removeUnit} from './state.js'
import {phrasingOf} from './unit.js'

/** The decoder's probability of `title` a line needs to become the headline. */
export const titleProbability = 0.3
/** How much more probable than the rules' title line it must be. */
export const titleMargin = 0.15
/**
 * The rules' title stays when the decoder gives it at least this: a headline with its standfirst
 * below is read by the decoder as two likely headlines, and the first is the one (three reviewed
 * fixtures: p = 0.35–0.51 for the headline, 0.67–0.75 for the standfirst).
 */
export const titleDoubt = 0.33
/** Below this the switch is warned. */
const sureProbability = 0.6
/** Longest headline, in words. */
const maxWords = 40

/** Replace the rules' headline by the decoder's when it is clearly more probable (see the module comment). */
export function decideTitle(state: State): void {
  const model = state.voteRoleModel ?? roleModel
  if (Object.keys(model.weights).length === 0 || state.overrides.title !== undefined) return
  const current = state.units.find((u) => u.role === 'title') ?? null
  const decisions = decodeRoles(
    // A line nothing accounts for yet will be listed as removed (build-publication.ts's ledger).
    lineFeatures(
      state.lines,
      lineRoles(state).map((role) => role ?? 'removed')
    ),
    state.lines.map((line) => !line.trim()),
    model
  )
  const T = roleClasses.indexOf('title')
  const pOf = new Map(decisions.map((d) => [d.line, d.probabilities[T]!]))
  const best = decisions.reduce<(typeof decisions)[number] | null>(
    (top, d) => (!top || d.probabilities[T]! > top.probabilities[T]! ? d : top),
    null
  )
  if (!best) return
  const p = best.probabilities[T]!
  const unit = state.units.find((u) => u.line <= best.line && best.line <= u.endLine)
  if (!unit || unit === current || unit.role === 'title') return
  const held = current ? Math.max(...range(current.line, current.endLine).map((l) => pOf.get(l) ?? 0)) : 0
  if (p < titleProbability || p - held < titleMargin || held >= titleDoubt) return
  const firstTurn = Math.min(
    ...state.questions.map((q) => q.unit.line),
    ...state.answers.flatMap((a) => a.map((u) => u.line)),
    Number.POSITIVE_INFINITY
  )
  if (unit.line >= firstTurn || countWords(unit.text) > maxWords || endsWithQuestion(unit.text)) return
  if (!['removed', 'intro', 'body', 'subtitle', null].includes(unit.role)) return
  // A teaser that repeats the opening of a paragraph ("Pakistan has pinned …" above "Pakistan has
  // pinned … (CPEC). Hailed as …") is an excerpt, not a headline.
  const opening = unit.text.trim()
  if (state.units.some((u) => u !== unit && u.text.length > opening.length && u.text.trimStart().startsWith(opening)))
    return

  // The new headline leaves wherever it was.
  state.intro = state.intro.filter((u) => u !== unit)
  state.body = state.body.filter((u) => u !== unit)
  if (state.subtitle?.line === unit.line) state.subtitle = null
  if (unit.role === 'removed') state.removed = state.removed.filter((r) => r.line < unit.line || r.line > unit.endLine)
  const reason = `(role decoder, p = ${p.toFixed(2)} against ${held.toFixed(2)}; \`dossier check --why ${unit.line}\` says why)`
  if (current) {
    removeUnit(
      state,
      current,
      'chrome/decoded-title',
      `read first as the headline; the line the role decoder reads as the headline is ${unit.line} ${reason}`
    )
  }
  unit.role = 'title'
  state.title = {children: phrasingOf(unit.tree, unit.text), text: unit.text, line: unit.line}
  state.reasons.title = `the line the role decoder reads as the headline, over the rules' choice ${reason}`
  if (p < sureProbability)
    state.warnings.push(
      messageAt(
        state.file,
        'structure/low-confidence',
        `read as the headline by the role decoder with p = ${p.toFixed(2)}${current ? `, instead of line ${current.line}` : ''}: check the title`,
        unit.line
      )
    )
}

function range(from: number, to: number): number[] {
  return Array.from({length: to - from + 1}, (_, i) => from + i)
}

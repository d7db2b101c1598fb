/**
 * What the normalizer threads through its steps (unified's `State`): the units of one source and
 * the facts found so far. Steps claim units by setting `role`; nothing is deleted.
 */
import type {PhrasingContent} from 'mdast'
import type {DateInfo, LineRole, Message, Outlet, Person, RemovedLine} from '../model/publication.js'
import type {Overrides} from '../model/overrides.js'
import type {LanguageGuess} from '../text/detect-language.js'
import type {RoleModel} from './roles/decode.js'
import type {Unit} from './unit.js'

export interface Found {
  children: PhrasingContent[]
  text: string
  line: number | null
}

export interface QuestionMark {
  unit: Unit
  /** Question content with number, prefix or label stripped. */
  children: PhrasingContent[]
  sourceNumber: string | null
  asker: string | null
  /** What the asker's label says in brackets ("Luis Moreno (El País):" → "El País"); see `QA.askerAffiliation`. */
  askerAffiliation?: string | null
  /** Who answered this question, when labels say (a press conference has several). */
  answerer?: string | null
  /** What the answerer's label says in brackets, when `answerer` is set. */
  answererAffiliation?: string | null
}

/** Who takes over an answer at a unit (a panel's next speaker), and what their label says in brackets. */
export interface TurnStart {
  speaker: string
  affiliation: string | null
}

export interface State {
  file: string
  format: 'txt' | 'md'
  /** Cleaned source lines; index 0 is line 1. */
  lines: string[]
  units: Unit[]
  /** Lines of Markdown front matter, accounted for as metadata. */
  frontMatter: {line: number; endLine: number} | null
  removed: RemovedLine[]
  warnings: Message[]
  overrides: Overrides
  title: Found | null
  subtitle: Found | null
  date: DateInfo | null
  /** Site named by a header line ("Welcome to X"). */
  site: {name: string; line: number} | null
  people: Person[]
  outlets: Outlet[]
  questions: QuestionMark[]
  /** Speaker label of the answers, when the source used labels. */
  answerer: string | null
  /** Every answering speaker, when labels name them. */
  answerers: string[]
  /** Units where another speaker takes over an answer (a panel), with that speaker; see `QA.turns`. */
  turnStarts: Map<Unit, TurnStart>
  /** Units of the article body or of each answer, in order. */
  intro: Unit[]
  answers: Unit[][]
  body: Unit[]
  about: Unit[]
  notes: Unit[]
  /** Numbered notes with the units of their text, in order (set by `read-notes.ts`). */
  footnotes?: Array<{label: string; units: Unit[]}>
  truncated: boolean
  /** The detected language of the content (set after chrome is removed). */
  language: LanguageGuess | null
  /** Why the title and the structure were read as they were (for `dossier check`). */
  reasons: {title: string; structure: string}
  /** The role decoder's weights without ledger votes (default: the fitted `shapeRoleModel`). */
  roleModel?: RoleModel
  /** The role decoder's weights with the ledger's votes (default: the fitted `roleModel`; `decided-title.ts`). */
  voteRoleModel?: RoleModel
}

/** Mark a unit as removed, listing each of its lines with the reason. */
export function removeUnit(state: State, unit: Unit, rule: string, reason: string): void {
  unit.role = 'removed'
  for (let line = unit.line; line <= unit.endLine; line++) {
    const text = state.lines[line - 1] ?? ''
    if (text.trim() !== '') state.removed.push({line, text, reason, rule})
  }
}

/** List one line as removed (structure that is not a unit, such as a horizontal rule). */
export function removeLine(state: State, line: number, rule: string, reason: string): void {
  state.removed.push({line, text: state.lines[line - 1] ?? '', reason, rule})
}

/** A date the normalizer read (`value`/`precision` from `text/dates.ts`), with its evidence and line. */
export function inferredDate(
  date: {value: string; precision: DateInfo['precision']},
  evidence: string,
  line: number | null
): DateInfo {
  return {value: date.value, precision: date.precision, source: 'inferred', evidence, line}
}

/**
 * The role of every line as the steps have left it: blank, front matter, that of the unit covering
 * it (an unclaimed unit is body), removed; null for a non-blank line nothing accounts for. A partly
 * removed line (a label cut off a headline) keeps the role of what remains.
 */
export function lineRoles(state: State): Array<LineRole | null> {
  const roles: Array<LineRole | null> = state.lines.map((line) => (line.trim() === '' ? 'blank' : null))
  const set = (line: number, role: LineRole) => {
    if (roles[line - 1] !== 'blank') roles[line - 1] = role
  }
  if (state.frontMatter)
    for (let line = state.frontMatter.line; line <= state.frontMatter.endLine; line++) set(line, 'front-matter')
  for (const unit of state.units)
    for (let line = unit.line; line <= unit.endLine; line++) set(line, unit.role ?? 'body')
  for (const entry of state.removed) if (roles[entry.line - 1] === null) roles[entry.line - 1] = 'removed'
  return roles
}

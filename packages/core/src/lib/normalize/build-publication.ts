/**
 * Turn the normalizer's state into the public model: apply typography, overrides, ids and
 * stats, and record the role of every source line (the content ledger).
 */
import {collapseSpaces, plainText} from '../text/plain-text.js'
import {publicationId, questionId} from '../model/ids.js'
import type {Overrides} from '../model/overrides.js'
import type {AnswerTurn, Block, DateInfo, Inline, LineRole, Publication, SourceInfo} from '../model/publication.js'
import {messageAt} from '../messages.js'
import {parseIsoDate} from '../text/dates.js'
import {statsOf} from '../text/stats.js'
import {blockText} from '../text/block-text.js'
import {blockLanguage} from '../text/block-language.js'
import {stripBidiControls} from '../text/bidi-controls.js'
import {smartenPhrasing, smartenTree} from '../text/typography.js'
import {deriveTitle} from './fallback-title.js'
import {numberNotes} from './read-notes.js'
import type {Found, State} from './state.js'
import {lineRoles, type TurnStart} from './state.js'
import type {Unit} from './unit.js'

const flat = collapseSpaces

/**
 * Headings inside a run of blocks start at depth 1 ("## Section" in an article whose `#` is its
 * title becomes depth 1), so every renderer can place them directly under its own heading without
 * skipping a level.
 */
function levelHeadings(blocks: Block[]): Block[] {
  const depths = blocks.flatMap((b) => (b.tree.type === 'heading' ? [b.tree.depth] : []))
  if (depths.length === 0) return blocks
  const shift = Math.min(...depths) - 1
  if (shift === 0) return blocks
  return blocks.map((b) =>
    b.tree.type === 'heading' ? {...b, tree: {...b.tree, depth: (b.tree.depth - shift) as 1 | 2 | 3 | 4 | 5 | 6}} : b
  )
}

/** A unit as a block: its own language where it differs (core/text/block-language.ts), typography in that language. */
function toBlock(unit: Unit, lang: string): Block {
  const own = blockLanguage(plainText(unit.tree).normalize('NFC'), lang)
  const tree = smartenTree(unit.tree, own.lang ?? lang)
  return {text: blockText(tree), tree, line: unit.line, ...own}
}

function toInline(found: Found, lang: string): Inline {
  const children = smartenPhrasing(found.children, lang)
  return {text: flat(plainText({type: 'paragraph', children})), children}
}

function editorInline(text: string, lang: string): Inline {
  return toInline({children: [{type: 'text', value: text}], text, line: null}, lang)
}

/**
 * Remove direction overrides and unpaired direction controls from a title or subtitle, in place
 * (`stripBidiControls`: they can make a title read other than it is written), with a warning naming
 * the line. The editor's values were cleaned when their YAML was read.
 */
function cleanDirectionControls(state: State, inline: Inline | null, found: Found | null, field: string): void {
  if (!inline) return
  const removed = new Set<string>()
  const visit = (nodes: Array<{type: string; value?: string; children?: unknown[]}>) => {
    for (const node of nodes) {
      if (typeof node.value === 'string') {
        const stripped = stripBidiControls(node.value)
        for (const name of stripped.removed) removed.add(name)
        node.value = stripped.text
      }
      if (Array.isArray(node.children)) visit(node.children as typeof nodes)
    }
  }
  visit(inline.children as unknown as Parameters<typeof visit>[0])
  if (removed.size === 0) return
  inline.text = flat(plainText({type: 'paragraph', children: inline.children}))
  state.warnings.push(
    messageAt(
      state.file,
      'text/bidi-controls',
      `removed direction control(s) ${[...removed].join(', ')} from the ${field}: an override or an unpaired control can make text read other than it is written; paired isolates and RLM/LRM marks are kept`,
      found?.line ?? null
    )
  )
}

/** The speakers' turns of an answer: the answerer's from its first block, then one where another speaker takes over. */
function answerTurns(
  units: Unit[],
  answerer: string | null,
  affiliation: string | null,
  starts: Map<Unit, TurnStart>
): AnswerTurn[] {
  const turns: AnswerTurn[] = [{speaker: answerer, affiliation: answerer === null ? null : affiliation, start: 0}]
  units.forEach((unit, start) => {
    const turn = starts.get(unit)
    if (turn === undefined || turn.speaker === turns.at(-1)!.speaker) return
    if (start === 0) turns[0] = {...turn, start}
    else turns.push({...turn, start})
  })
  return turns
}

/** Assemble the publication; `origin` names where overrides came from, for evidence. */
export function buildPublication(
  state: State,
  source: SourceInfo,
  overrides: Overrides,
  origin: string,
  lang: string
): Publication {
  const warnings = state.warnings
  const fileName = source.path.split('/').pop() ?? source.path
  // Typography and each block's own language depend on the publication's language.
  const pubLang = overrides.lang ?? (state.language && state.language.lang !== 'und' ? state.language.lang : lang)
  const block = (unit: Unit) => toBlock(unit, pubLang)
  const given =
    overrides.title !== undefined
      ? editorInline(overrides.title, pubLang)
      : state.title
        ? toInline(state.title, pubLang)
        : null
  // No title, or an empty one: derive it from the content, with a warning (fallback-title.ts).
  const title = given?.text ? given : editorInline(deriveTitle(state, fileName), pubLang)
  const subtitle =
    overrides.subtitle !== undefined
      ? overrides.subtitle === null
        ? null
        : editorInline(overrides.subtitle, pubLang)
      : state.subtitle
        ? toInline(state.subtitle, pubLang)
        : null
  cleanDirectionControls(state, title, overrides.title === undefined ? state.title : null, 'title')
  cleanDirectionControls(state, subtitle, overrides.subtitle === undefined ? state.subtitle : null, 'subtitle')
  const date = overrideDate(overrides, origin) ?? (overrides.date === null ? null : state.date)

  const qa = state.questions.map((question, index) => {
    const units = state.answers[index] ?? []
    const turns = answerTurns(
      units,
      question.answerer ?? state.answerer,
      question.answerer ? (question.answererAffiliation ?? null) : null,
      state.turnStarts
    )
    return {
      id: questionId(index + 1),
      number: index + 1,
      sourceNumber: question.sourceNumber,
      question: toInline({children: question.children, text: '', line: question.unit.line}, pubLang),
      asker: question.asker,
      askerAffiliation: question.askerAffiliation ?? null,
      // In a panel, the first to answer.
      answerer: turns[0]!.speaker,
      answer: levelHeadings(units.map(block)),
      turns,
      line: question.unit.line
    }
  })
  let kind = overrides.kind ?? (qa.length > 0 ? 'interview' : 'article')
  let body = levelHeadings(state.body.map(block))
  if (kind === 'article' && qa.length > 0) {
    // The editor says this is prose: keep the questions as paragraphs of the body.
    body = qa.flatMap((q) => [
      {text: q.question.text, tree: {type: 'paragraph' as const, children: q.question.children}, line: q.line},
      ...q.answer
    ])
  }
  if (kind === 'interview' && qa.length === 0) {
    warnings.push(
      messageAt(
        state.file,
        'structure/no-questions',
        'marked as an interview, but no questions were found; published as an article',
        null
      )
    )
    kind = 'article'
  }
  const intro = levelHeadings(state.intro.map(block))
  const about = state.about.map(block)
  const notes = state.notes.map(block)
  const finalQa = kind === 'interview' ? qa : []
  const noteBlocks = (state.footnotes ?? []).map((note) => ({
    label: note.label,
    line: note.units[0]?.line ?? null,
    content: note.units.map(block)
  }))
  const footnotes = numberNotes(noteBlocks, [
    ...intro,
    ...finalQa.flatMap((q) => [q.question, ...q.answer]),
    ...body,
    ...about,
    ...notes
  ])
  const texts = [
    title.text,
    subtitle?.text ?? '',
    ...intro.map((b) => b.text),
    ...finalQa.flatMap((q) => [q.question.text, ...q.answer.map((b) => b.text)]),
    ...body.map((b) => b.text),
    ...about.map((b) => b.text),
    ...notes.map((b) => b.text)
  ]

  replaced(state, overrides, origin)
  const lines = ledger(state)
  return {
    id: overrides.id ?? publicationId(date?.value ?? null, title.text, fileName),
    kind,
    title,
    subtitle,
    date,
    people: overrides.people
      ? overrides.people.map((p) => ({
          name: p.name,
          role: p.role,
          affiliation: p.affiliation ?? null,
          source: 'editor',
          evidence: origin
        }))
      : state.people,
    outlets: overrides.outlets
      ? overrides.outlets.map((o) => ({
          name: o.name,
          role: o.role,
          detail: o.detail ?? null,
          url: o.url ?? null,
          source: 'editor',
          evidence: origin
        }))
      : state.outlets,
    lang: pubLang,
    url: overrides.url ?? null,
    intro,
    qa: finalQa,
    body,
    about,
    notes,
    footnotes,
    truncated: state.truncated,
    removed: [...state.removed].sort((a, b) => a.line - b.line),
    warnings: [...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    lines,
    source,
    stats: statsOf(texts),
    inference: {
      language: overrides.lang
        ? {confidence: 1, evidence: origin, source: 'editor'}
        : {
            confidence: state.language?.confidence ?? 0,
            evidence: state.language?.evidence ?? 'collection default',
            source: 'inferred'
          },
      title: overrides.title !== undefined ? `editor (${origin})` : state.reasons.title,
      structure: state.reasons.structure,
      id: overrides.id ? 'editor' : 'inferred'
    }
  }
}

/**
 * A title, dek or date line the editor's override replaced is no longer in the publication:
 * list it as removed, so the ledger still accounts for it.
 */
function replaced(state: State, overrides: Overrides, origin: string): void {
  const facts: Array<[keyof Overrides, LineRole, string]> = [
    ['title', 'title', 'title'],
    ['subtitle', 'subtitle', 'standfirst'],
    ['date', 'date', 'date line']
  ]
  for (const [field, role, what] of facts) {
    if (overrides[field] === undefined) continue
    for (const unit of state.units.filter((u) => u.role === role)) {
      unit.role = 'removed'
      const same =
        typeof overrides[field] === 'string' &&
        flat(unit.text).toLowerCase() === flat(String(overrides[field])).toLowerCase()
      const reason = same
        ? `repeats the ${field} given in ${origin}`
        : `${what} replaced by the editor's ${field} (${origin})`
      for (let line = unit.line; line <= unit.endLine; line++) {
        state.removed.push({line, text: state.lines[line - 1] ?? '', reason, rule: `editor/${field}`})
      }
    }
  }
}

function overrideDate(overrides: Overrides, origin: string): DateInfo | null {
  if (!overrides.date) return null
  const parsed = parseIsoDate(overrides.date)
  return parsed
    ? {value: parsed.value, precision: parsed.precision, source: 'editor', evidence: origin, line: null}
    : null
}

/**
 * The role of every line: blank, front matter, or that of the unit covering it. A non-blank
 * line no unit covers would be lost silently, so it is listed as removed instead.
 */
function ledger(state: State): LineRole[] {
  const roles = lineRoles(state)
  roles.forEach((role, index) => {
    if (role !== null) return
    state.removed.push({
      line: index + 1,
      text: state.lines[index]!,
      reason: 'not recognised as content',
      rule: 'structure/unclassified'
    })
    roles[index] = 'removed'
  })
  return roles as LineRole[]
}

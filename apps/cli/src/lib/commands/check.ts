/**
 * `dossier check`: the editor's view of what the normalizer did to each source — what it found,
 * what it removed and why, and what needs a human look. With `--ledger`, every line's fate.
 */
import type {Publication} from '@dossier/core'
import {printable} from '@dossier/core'
import {readRoles, roleClasses} from '@dossier/core'
import {loadCorpus} from './build.js'
import type {Reporter} from '../report.js'

export interface CheckOptions {
  sources: string
  strict: boolean
  ledger: boolean
  /** `--why [FILE:]LINE`: the role decoder's reading of that line, with its reasons. */
  why?: {file: string | null; line: number}
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const clip = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** Describe one publication in a few readable lines. */
export function describePublication(p: Publication, ledger = false): string {
  const lines: string[] = []
  lines.push(`${printable(p.source.path)} → ${p.id}`)
  const counts = p.kind === 'interview' ? plural(p.qa.length, 'question') : plural(p.body.length, 'paragraph')
  lines.push(
    `  ${p.kind}, ${counts}, ${p.stats.words.toLocaleString('en')} words (${p.stats.readingMinutes} min)${p.truncated ? ', TRUNCATED' : ''}`
  )
  lines.push(`  title:    ${p.title.text}`)
  lines.push(`            (${p.inference.title})`)
  lines.push(
    `  language: ${p.lang} (${p.inference.language.source}, confidence ${p.inference.language.confidence.toFixed(2)}: ${p.inference.language.evidence})`
  )
  lines.push(`  reading:  ${p.inference.structure}`)
  // A saved web page: which field its own metadata gave, and where it was read.
  if (p.inference.page?.length) {
    lines.push('  from the page:')
    for (const f of p.inference.page) lines.push(`    ${f.field.padEnd(9)} ${clip(f.value, 50)} (${f.evidence})`)
  }
  if (p.subtitle) lines.push(`  subtitle: ${clip(p.subtitle.text)}`)
  lines.push(`  date:     ${p.date ? `${p.date.value} (${p.date.source}: ${clip(p.date.evidence, 60)})` : '—'}`)
  lines.push(
    `  people:   ${p.people.map((x) => `${x.name} (${x.role}${x.affiliation ? `, ${x.affiliation}` : ''})`).join('; ') || '—'}`
  )
  lines.push(
    `  outlets:  ${p.outlets.map((o) => `${o.name} (${o.role}${o.detail ? `, ${o.detail}` : ''})`).join('; ') || '—'}`
  )
  if (p.about.length) lines.push(`  about:    ${clip(p.about.map((b) => b.text).join(' '))}`)
  if (p.notes.length) lines.push(`  notes:    ${clip(p.notes.map((b) => b.text).join(' '))}`)
  lines.push(`  removed:  ${plural(p.removed.length, 'line')}`)
  for (const r of p.removed)
    lines.push(`    line ${String(r.line).padStart(4)}  ${r.reason.padEnd(22)} ${clip(JSON.stringify(r.text), 50)}`)
  lines.push(`  warnings: ${p.warnings.length}`)
  for (const w of p.warnings)
    lines.push(`    line ${w.line === null ? '   –' : String(w.line).padStart(4)}  ${w.message} [${w.code}]`)
  if (ledger) {
    lines.push('  ledger:')
    const counts = new Map<string, number>()
    for (const role of p.lines) counts.set(role, (counts.get(role) ?? 0) + 1)
    lines.push(`    ${[...counts].map(([role, n]) => `${role} ${n}`).join(', ')} (${p.lines.length} lines)`)
    p.lines.forEach((role, index) => {
      if (role !== 'blank') lines.push(`    ${String(index + 1).padStart(5)}  ${role}`)
    })
  }
  return lines.join('\n')
}

/**
 * The role decoder's reading of one line (issue 20; in shadow: the ledger is still today's
 * reading): its role, the runner-up and margin (log-odds), the three likeliest roles and the
 * features that weighed most. `text` is the source; only `.txt` and `.md` sources are decoded.
 */
export function explainLine(p: Publication, text: string, line: number): string {
  const out = [`${p.source.path}:${line} why`]
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (line < 1 || line > lines.length) return `${out[0]}: the source has ${lines.length} line(s)`
  out.push(`  text:    ${clip(JSON.stringify(lines[line - 1]), 90)}`)
  out.push(`  ledger:  ${p.lines[line - 1] ?? '—'}`)
  if (p.source.format === 'html') {
    out.push('  decoder: reads .txt and .md sources only (a saved page is decoded from its markup lines later)')
    return out.join('\n')
  }
  const decision = readRoles(text, p.lines).find((d) => d.line === line)
  if (!decision) {
    out.push('  decoder: a blank line has no role')
    return out.join('\n')
  }
  const top = decision.probabilities
    .map((probability, c) => ({role: roleClasses[c]!, probability}))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, 3)
  out.push(
    `  decoder: ${decision.role} (runner-up ${decision.runnerUp}, margin ${decision.margin.toFixed(2)}; this line alone: ${top.map((t) => `${t.role} ${(100 * t.probability).toFixed(0)}%`).join(', ')})`
  )
  out.push(
    `  because: ${decision.because.map((b) => `${b.feature} +${b.contribution.toFixed(2)}`).join(', ') || 'the neighbouring roles'}`
  )
  return out.join('\n')
}

/** Print the summary of every source; exit 1 when a source failed (or, with --strict, warned). */
export async function check(options: CheckOptions, reporter: Reporter): Promise<0 | 1> {
  const {corpus, problems, texts} = await loadCorpus(options.sources, reporter)
  reporter.done()
  for (const publication of corpus.publications) {
    reporter.info(`${describePublication(publication, options.ledger)}\n`)
    const why = options.why
    if (why && (why.file === null || why.file === publication.source.path))
      reporter.info(`${explainLine(publication, texts.get(publication.source.path) ?? '', why.line)}\n`)
  }
  for (const message of problems) reporter.problem(message)
  const warnings = corpus.publications.reduce((n, p) => n + p.warnings.length, 0)
  reporter.info(
    `${plural(corpus.publications.length, 'source')} ok, ${plural(problems.filter((m) => m.severity === 'error').length, 'error')}, ${plural(warnings, 'warning')}`
  )
  const failed = problems.some((m) => m.severity === 'error') || (options.strict && warnings > 0)
  return failed ? 1 : 0
}

/**
 * `dossier check`: the editor's view of what the normalizer did to each source — what it found,
 * what it removed and why, and what needs a human look. With `--ledger`, every line's fate.
 */
import type {Publication} from '@dossier/core'
import {loadCorpus} from './build.js'
import type {Reporter} from '../report.js'

export interface CheckOptions {
  sources: string
  strict: boolean
  ledger: boolean
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const clip = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** Describe one publication in a few readable lines. */
export function describePublication(p: Publication, ledger = false): string {
  const lines: string[] = []
  lines.push(`${p.source.path} → ${p.id}`)
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

/** Print the summary of every source; exit 1 when a source failed (or, with --strict, warned). */
export async function check(options: CheckOptions, reporter: Reporter): Promise<0 | 1> {
  const {corpus, problems} = await loadCorpus(options.sources, reporter)
  reporter.done()
  for (const publication of corpus.publications) reporter.info(`${describePublication(publication, options.ledger)}\n`)
  for (const message of problems) reporter.problem(message)
  const warnings = corpus.publications.reduce((n, p) => n + p.warnings.length, 0)
  reporter.info(
    `${plural(corpus.publications.length, 'source')} ok, ${plural(problems.filter((m) => m.severity === 'error').length, 'error')}, ${plural(warnings, 'warning')}`
  )
  const failed = problems.some((m) => m.severity === 'error') || (options.strict && warnings > 0)
  return failed ? 1 : 0
}

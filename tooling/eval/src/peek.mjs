/**
 * Show what the normalizer made of some pages of a set: `node tooling/eval/src/peek.mjs [--set train] NAME…`
 * (a name matches any source whose file name contains it; `--tail` adds the truncation flag and the
 * page's last lines with their roles). Prints the record's kind, title, people,
 * outlets, the number of questions and the first labels, for looking at a page while changing a rule.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {loadSet} from './sets.mjs'

const root = path.resolve(import.meta.dirname, '../../..')
const {values, positionals} = parseArgs({
  options: {
    set: {type: 'string', default: 'train'},
    full: {type: 'boolean', default: false},
    tail: {type: 'boolean', default: false}
  },
  allowPositionals: true
})
const dirs = {
  train: path.join(root, 'corpus/train'),
  layouts: path.join(root, 'bench/layouts'),
  realworld: path.resolve(root, '../shared/realworld')
}
const dir = dirs[values.set]
if (!dir)
  throw new Error(`--set ${values.set}: one of ${Object.keys(dirs).join(', ')} (the sealed set is never peeked at)`)
const {pages, expected} = await loadSet(dir, {only: (file) => positionals.some((p) => file.includes(p))})
for (const page of pages) {
  const r = page.record
  console.log(`=== ${page.file}`)
  const show = values.full
    ? r
    : {
        kind: r.kind,
        title: r.title,
        language: r.language,
        people: r.people?.map((p) => [p.name, p.role, p.evidence?.slice(0, 80)]),
        outlets: r.outlets?.map((o) => [o.name, o.role, o.evidence?.slice(0, 80)]),
        questions: r.questions?.length,
        labels: r.questions?.slice(0, 3).map((q) => [q.asker, q.answerer])
      }
  console.log(JSON.stringify(show, null, 1))
  if (values.tail) {
    // --tail: the truncation flag, its warnings and the roles of the page's last ten lines.
    console.log(
      'truncated:',
      r.truncated,
      page.publication.warnings?.filter((w) => /truncat|dangling/.test(w.code)).map((w) => `${w.line}: ${w.message}`)
    )
    const rules = new Map(page.publication.removed?.map((entry) => [entry.line, entry.rule]))
    const shown = page.lines.map((text, i) => ({text, i})).filter(({text}) => text.trim())
    for (const {text, i} of shown.slice(-10))
      console.log(
        `  ${i + 1} ${page.publication.lines[i]}${rules.has(i + 1) ? ` (${rules.get(i + 1)})` : ''}: ${text.slice(0, 90)}`
      )
  }
  const e = expected[page.file]
  console.log('expected:', JSON.stringify({kind: e?.kind, people: e?.people, outlets: e?.outlets}))
}

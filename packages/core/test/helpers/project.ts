/** A readable projection of a publication for fixture files: what an editor would check. */
import type {Publication} from '../../src/index.js'

export function project(p: Publication) {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title.text,
    subtitle: p.subtitle?.text ?? null,
    date: p.date ? `${p.date.value} (${p.date.source}: ${p.date.evidence})` : null,
    people: p.people.map((x) => `${x.name} — ${x.role}${x.affiliation ? ` (${x.affiliation})` : ''}`),
    outlets: p.outlets.map((o) => `${o.name} — ${o.role}${o.detail ? ` (${o.detail})` : ''}`),
    intro: p.intro.map((b) => b.text),
    qa: p.qa.map((q) => ({
      id: q.id,
      printed: q.sourceNumber,
      // Only where the asker's label names an outlet or body in brackets: the label and what it says.
      ...(q.askerAffiliation ? {asker: `${q.asker ?? '(no name)'} (${q.askerAffiliation})`} : {}),
      question: q.question.text,
      answer: q.answer.map((b) => b.text),
      // Only where another speaker takes over an answer (a panel), or a turn's label names an affiliation:
      // the block each turn starts at, and who speaks.
      ...(q.turns.length > 1 || q.turns.some((turn) => turn.affiliation)
        ? {
            turns: q.turns.map(
              (turn) => `${turn.start}: ${turn.speaker}${turn.affiliation ? ` (${turn.affiliation})` : ''}`
            )
          }
        : {})
    })),
    body: p.body.map((b) => b.text),
    about: p.about.map((b) => b.text),
    notes: p.notes.map((b) => b.text),
    truncated: p.truncated,
    removed: p.removed.map((r) => `${r.line}: ${r.reason}: ${r.text}`),
    warnings: p.warnings.map((w) => `${w.line ?? '-'}: ${w.code}: ${w.message}`),
    stats: p.stats
  }
}

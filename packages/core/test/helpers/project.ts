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
      question: q.question.text,
      answer: q.answer.map((b) => b.text),
      // Only where another speaker takes over an answer (a panel): the block each turn starts at, and who speaks.
      ...(q.turns.length > 1 ? {turns: q.turns.map((turn) => `${turn.start}: ${turn.speaker}`)} : {})
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

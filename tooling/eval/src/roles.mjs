/**
 * Line roles as the corpus's editors label them (corpus/<part>/roles/<name>.tsv: `line<TAB>role`)
 * against the ledger's roles (core's `LineRole`, one per source line). The editors' roles are
 * finer than the ledger's; each maps to the ledger class a correct normalizer gives that line.
 * Blank lines and front matter are not scored.
 */

/** Editor role → the ledger roles that count as right for it. */
export const accepted = {
  chrome: ['removed'],
  masthead: ['removed'],
  kicker: ['removed'],
  caption: ['removed'],
  footer: ['removed'],
  headline: ['title'],
  standfirst: ['subtitle'],
  byline: ['byline'],
  dateline: ['date'],
  intro: ['intro'],
  question: ['question'],
  // A speaker label on a line of its own belongs to the turn it opens.
  label: ['question', 'answer'],
  answer: ['answer'],
  body: ['body'],
  subhead: ['body', 'answer', 'intro'],
  bio: ['about'],
  note: ['notes']
}

/** Parse a roles file: `line<TAB>role` rows → Map(line number → role). Unknown roles are returned in `unknown`. */
export function parseRoles(text) {
  const roles = new Map()
  const unknown = []
  for (const row of text.split('\n')) {
    const [line, role] = row.trim().split('\t')
    if (!line || !role) continue
    if (role !== 'blank' && !accepted[role]) unknown.push(`${line}: ${role}`)
    roles.set(Number(line), role)
  }
  return {roles, unknown}
}

/**
 * Count, per ledger class, lines the editor gave that class (`expected`), lines the ledger gave it
 * (`predicted`) and lines where both agree (`right`), over the lines an editor labelled (not blank).
 * `ledger` is the publication's `lines` (index 0 is line 1).
 */
export function compareRoles(roles, ledger, counts = new Map()) {
  const bump = (cls, key) => {
    const row = counts.get(cls) ?? {expected: 0, predicted: 0, right: 0}
    row[key]++
    counts.set(cls, row)
  }
  for (const [line, role] of roles) {
    if (role === 'blank' || !accepted[role]) continue
    const got = ledger[line - 1] ?? 'missing'
    if (got === 'blank' || got === 'front-matter') continue
    // The class this line should have: the ledger's own when it is one the editor accepts.
    const cls = accepted[role].includes(got) ? got : accepted[role][0]
    bump(cls, 'expected')
    bump(got, 'predicted')
    if (cls === got) bump(cls, 'right')
  }
  return counts
}

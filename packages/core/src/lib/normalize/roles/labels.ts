/**
 * The roles an editor gives lines (corpus/<part>/roles/*.tsv: chrome, masthead, kicker, headline,
 * standfirst, byline, dateline, caption, intro, question, label, answer, body, subhead, bio, note,
 * footer, blank) and the decoder's classes each is right as. Editors' roles are finer than the
 * ledger's: a caption or a masthead is removed, a speaker label on a line of its own belongs to the
 * turn it opens (question or answer), a subhead is part of the text it heads.
 */
import type {RoleClass} from './decode.js'

/** Editor role → the classes that count as right for it, the first being the one it is taught as. */
export const editorRoles: Readonly<Record<string, readonly RoleClass[]>> = {
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
  label: ['question', 'answer'],
  answer: ['answer'],
  body: ['body'],
  subhead: ['body', 'answer', 'intro'],
  bio: ['about'],
  note: ['notes']
}

/**
 * The class a line labelled `editorRole` is taught and scored as: `reading` (the ledger's or the
 * decoder's role of the line) when the editor's role accepts it, else the role's first class; null
 * for blank lines and unknown roles.
 */
export function classFor(editorRole: string, reading?: string): RoleClass | null {
  const accepted = editorRoles[editorRole]
  if (!accepted) return null
  return accepted.find((c) => c === reading) ?? accepted[0]!
}

/** Parse a roles file (`line<TAB>role` rows) into line number → editor role; `unknown` lists rows with a role not above. */
export function parseRoleLabels(text: string): {roles: Map<number, string>; unknown: string[]} {
  const roles = new Map<number, string>()
  const unknown: string[] = []
  for (const row of text.split('\n')) {
    const [line, role] = row.trim().split('\t')
    if (!line || !role) continue
    if (role !== 'blank' && !editorRoles[role]) unknown.push(`${line}: ${role}`)
    roles.set(Number(line), role)
  }
  return {roles, unknown}
}

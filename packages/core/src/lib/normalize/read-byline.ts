/**
 * Bylines in the forms pages print them: "By Jane Doe", "Jane Doe | Staff Writer",
 * "Jane Doe, Contributing Editor", "Interview by Jane Doe", "Propos recueillis par Jane Doe".
 * Whoever conducted an interview is its interviewer; a plain byline names an author.
 */
import type {PersonRole} from '../model/publication.js'
import {findNames} from '../text/names.js'
import type {State} from './state.js'
import type {Unit} from './unit.js'

const interviewerLead = /^(?:interview(?:ed)? by|interviewer|conducted by|questions by|propos recueillis par|entretien réalisé par|interview réalisée par|interview:|أجرى الحوار|intervista a cura di|entrevista de)\s*[:\-–—]?\s*(.{3,120})$/i
const authorLead = /^(?:by|written by|words by|words|text|story by|reporting by|author|von|par|por|di)\s*[:\-–—]?\s+(.{3,160})$/i
const roleTail = /^(.{3,80}?)\s*(?:[|,·•–—-])\s*(?:(?:senior|chief|staff|contributing|guest|special|foreign|political|deputy|managing|associate|executive)\s+)*(?:writer|editor|correspondent|reporter|journalist|contributor|columnist|analyst|staff|desk|bureau chief|news editor)(?:\s+.{0,40})?$/i

const roleWord = /\b(?:writer|editor|correspondent|reporter|journalist|contributor|columnist|analyst|staff|desk|bureau|news|service|agency|team)\b/i

/** Claim a byline unit, adding its people; false when the unit is not a byline. */
export function readByline(state: State, unit: Unit): boolean {
  if (unit.text.split(/\s+/).length > 20) return false
  const read = (re: RegExp, role: PersonRole) => {
    const m = re.exec(unit.text)
    const names = m ? findNames(m[1]!.split(/\s*[|·•]\s*/)[0]!).filter((name) => !roleWord.test(name)) : []
    if (names.length === 0) return false
    unit.role = 'byline'
    for (const name of names) {
      if (!state.people.some((p) => p.name === name)) state.people.push({name, role, affiliation: null, source: 'inferred', evidence: `byline: "${unit.text}"`})
    }
    return true
  }
  return read(interviewerLead, 'interviewer') || read(authorLead, 'author') || read(roleTail, 'author')
}

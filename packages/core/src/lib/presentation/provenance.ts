/**
 * "Source and provenance": the source file and its checksum, the outlets and address, how each
 * fact was found, the lines the normalizer removed (grouped by rule) and its warnings. Headings are
 * in the publication's language; the entries are the normalizer's own reports, which are English,
 * and their `LangText.lang` says so. Evidence reads "inferred from “…”" or "set by the editor (…)"
 * for every fact (dates included), and sizes are exact byte counts next to the SHA-256, so a
 * reader can check the file.
 */
import {interfaceWords, type Words} from '../i18n/index.js'
import type {FactSource, Publication, RemovedLine} from '../model/publication.js'
import {presentPerson, questionsFromPress} from './byline.js'
import {presentDate, presentOutlet} from './facts.js'
import {english, formatBytes, runsText, term, textIn} from './words.js'
import type {Evidence, PresentedWarning, Provenance, ProvenanceEntry, RemovedGroup, TextRun} from './types.js'

const englishWords = interfaceWords('en')

/** How a fact was found, in the normalizer's words. */
export function presentEvidence(source: FactSource, evidence: string): Evidence {
  const runs: TextRun[] =
    source === 'editor'
      ? [{text: `set by the editor (${evidence})`}]
      : [{text: 'inferred from '}, {text: evidence, quote: true}]
  return {source, evidence, text: english(runsText(runs)), runs}
}

/** One "how the facts were found" line. */
function entry(label: string, value: string, url: string | null, evidence: Evidence | null): ProvenanceEntry {
  const runs: TextRun[] = [{text: `${label}: ${value}`}, ...(evidence ? [{text: ' — '}, ...evidence.runs] : [])]
  return {label: english(label), value, url, evidence, text: english(runsText(runs)), runs}
}

/** A warning as runs: "Line 191: " (when it has a line), the message, and its code in parentheses. */
function warningRuns(message: Publication['warnings'][number]): TextRun[] {
  return [
    {text: `${message.line === null ? '' : `Line ${message.line}: `}${message.message} (`},
    {text: message.code, code: true},
    {text: ')'}
  ]
}

/** `n unit` / `n units` in English. */
function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`
}

/** The removed lines grouped by rule, in order of first occurrence. */
export function groupRemoved(removed: RemovedLine[]): RemovedGroup[] {
  const groups = new Map<string, RemovedGroup>()
  for (const line of removed) {
    const group = groups.get(line.rule) ?? {rule: line.rule, reason: line.reason, count: 0, lines: []}
    group.count += 1
    group.lines.push(line.line)
    groups.set(line.rule, group)
  }
  return [...groups.values()]
}

/** The provenance section of one publication; headings in `words`' language. */
export function presentProvenance(publication: Publication, words: Words): Provenance {
  const {source} = publication
  const byReason = groupRemoved(publication.removed)
  const count = publication.removed.length
  const summary =
    count === 0
      ? 'Nothing was removed.'
      : `${plural(count, 'source line')} not kept as content: ${byReason
          .map((group) => `${group.reason} (${group.count === 1 ? 'line' : 'lines'} ${group.lines.join(', ')})`)
          .join('; ')}.`
  const removedHeading = term(words, 'removedFromSource')
  const outlets = [...publication.outlets]
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'original' ? -1 : 1))
    .map((outlet) => ({
      ...presentOutlet(outlet),
      label: english(outlet.role === 'original' ? 'Original outlet' : 'Republished by'),
      evidence: presentEvidence(outlet.source, outlet.evidence)
    }))
  const date = publication.date
    ? {
        ...presentDate(publication.date, 'en'),
        evidence: presentEvidence(publication.date.source, publication.date.evidence)
      }
    : null
  const press = questionsFromPress(publication)
  const people = publication.people.map((person) => ({
    ...presentPerson(person, englishWords, press),
    evidence: presentEvidence(person.source, person.evidence)
  }))
  const entries: ProvenanceEntry[] = [
    ...outlets.map((outlet) => entry(outlet.label.text, outlet.text, outlet.url, outlet.evidence)),
    ...(publication.url ? [entry('Address', publication.url, publication.url, null)] : []),
    ...(date ? [entry('Date', date.text.text, null, date.evidence)] : []),
    ...people.map((person) => entry(person.roleLabel.text, person.nameWithAffiliation, null, person.evidence))
  ]
  return {
    heading: term(words, 'provenance'),
    source: {
      path: source.path,
      format: source.format,
      bytes: source.bytes,
      size: formatBytes(source.bytes),
      sha256: source.sha256,
      meta: source.meta,
      text: english(
        `${source.path} (${source.format.toUpperCase()}, ${plural(source.bytes, 'byte')})${source.meta ? `, metadata from ${source.meta}` : ''}`
      )
    },
    outlets,
    url: publication.url,
    date,
    people,
    entries,
    removed: {
      heading: count > 0 ? textIn(`${removedHeading.text} (${count})`, removedHeading.lang) : removedHeading,
      title: removedHeading,
      count,
      summary: english(summary),
      byReason,
      lines: publication.removed
    },
    warnings: {
      heading: term(words, 'warnings'),
      items: publication.warnings.map((message): PresentedWarning => {
        const runs = warningRuns(message)
        return {code: message.code, message: message.message, line: message.line, text: english(runsText(runs)), runs}
      })
    },
    inference: {
      language: {...publication.inference.language},
      title: publication.inference.title,
      structure: publication.inference.structure,
      id: publication.inference.id
    }
  }
}

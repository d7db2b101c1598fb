/**
 * The gate between the normalizer and the renderers: each publication, as the dataset will
 * publish it, must satisfy the dataset's own JSON Schema. A publication that does not is reported
 * as an error naming its source file and the field, and no renderer ever sees it.
 */
import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js'
import {messageAt} from '../messages.js'
import type {Message, Publication} from '../model/publication.js'
import {publicationsSchema, schemaVocabulary} from './schemas.js'
import {toRecord} from './to-record.js'

// Compiled on first use, not on import: a render worker imports core and never validates (the
// compilation costs about a third of a second of CPU).
let compiled: ValidateFunction | undefined
function validator(): ValidateFunction {
  if (compiled) return compiled
  // `edition` is the only formatted field, and it is the collection's, not a publication's.
  const ajv = new Ajv2020({allErrors: true, strict: true, formats: {'date-time': true}})
  ajv.addVocabulary(schemaVocabulary)
  ajv.addSchema(publicationsSchema)
  compiled = ajv.getSchema(`${publicationsSchema.$id}#/$defs/publication`)!
  return compiled
}

/** The schema problems of one publication, each naming the source file and the field; [] when valid. */
export function validatePublication(publication: Publication): Message[] {
  const record = toRecord(publication)
  const validate = validator()
  if (validate(record)) return []
  const seen = new Set<string>()
  const messages: Message[] = []
  for (const error of validate.errors ?? []) {
    const field = fieldOf(error)
    if (seen.has(field)) continue
    seen.add(field)
    const got = JSON.stringify(valueAt(record, error.instancePath))
    const text = `field "${field}" of the publication is invalid: ${error.message ?? error.keyword}${got === undefined ? '' : ` (got ${got.slice(0, 80)})`}; the source is not published`
    messages.push(
      messageAt(publication.source.path, 'record/schema', text, lineOf(publication, error.instancePath), 'error')
    )
  }
  return messages
}

/** `qa[2].question` from `/qa/2/question`; a missing property is named too. */
function fieldOf(error: ErrorObject): string {
  const parts = error.instancePath.split('/').slice(1)
  if (error.keyword === 'required') parts.push(String((error.params as {missingProperty: string}).missingProperty))
  return (
    parts.map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : `${index > 0 ? '.' : ''}${part}`)).join('') ||
    '(record)'
  )
}

function valueAt(record: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      record
    )
}

/** The source line of a question, when the field is inside one; else none. */
function lineOf(publication: Publication, pointer: string): number | null {
  const qa = /^\/qa\/(\d+)/.exec(pointer)
  if (qa) return publication.qa[Number(qa[1])]?.line ?? null
  return null
}

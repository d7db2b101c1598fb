/**
 * Parse editor-written YAML and check it against a schema, reporting each problem with the field
 * path and the line it is on, e.g. `people[0].role must be one of: interviewee, interviewer, author`.
 */
import {Ajv, type ErrorObject} from 'ajv'
import {LineCounter, parseDocument, isNode} from 'yaml'
import type {Message} from '../model/publication.js'
import {messageAt} from '../messages.js'
import {datePattern, idPattern, langPattern} from './schemas.js'

const ajv = new Ajv({allErrors: true, strict: true})
const validators = new Map<object, ReturnType<typeof ajv.compile>>()

export type YamlResult<T> = {ok: true; value: T} | {ok: false; errors: Message[]}

/** Parse YAML text; `lineOffset` shifts line numbers when the YAML sits inside another file. */
export function parseYaml<T>(file: string, text: string, schema: object, lineOffset = 0): YamlResult<T> {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true})
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const line = error.linePos?.[0]?.line ?? null
        return messageAt(
          file,
          'meta/yaml',
          `not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
          line === null ? null : line + lineOffset,
          'error'
        )
      })
    }
  }
  const value = (document.toJS() ?? {}) as unknown
  let validate = validators.get(schema)
  if (!validate) {
    validate = ajv.compile(schema)
    validators.set(schema, validate)
  }
  if (validate(value)) return {ok: true, value: value as T}
  const errors = (validate.errors ?? []).map((error) => {
    const segments = pathSegments(error)
    const node = document.getIn(segments, true)
    const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line + lineOffset : null
    const got = isNode(node) ? ` (got ${JSON.stringify(node.toJSON())})` : ''
    return messageAt(
      file,
      'meta/schema',
      `${describe(error, fieldPath(segments))}${error.keyword === 'additionalProperties' ? '' : got}`,
      line,
      'error'
    )
  })
  return {ok: false, errors}
}

/** The offending value's path as YAML keys and indexes. */
function pathSegments(error: ErrorObject): Array<string | number> {
  const parts: Array<string | number> = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
  if (error.keyword === 'additionalProperties') parts.push(String(error.params['additionalProperty']))
  return parts
}

/** `people[0].role` from `['people', 0, 'role']`. */
function fieldPath(segments: Array<string | number>): string {
  return segments.reduce<string>(
    (path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : part),
    ''
  )
}

const patternNames: Record<string, string> = {
  [idPattern]: 'lowercase letters, digits and single hyphens (no slashes or dots)',
  [datePattern]: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  '^https?://': 'an http:// or https:// URL',
  [langPattern]: 'a language tag such as en or pt-BR'
}

function describe(error: ErrorObject, path: string): string {
  const field = path === '' ? 'the document' : `field "${path}"`
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown ${field}`
    case 'enum':
      return `${field} must be one of: ${(error.params['allowedValues'] as string[]).join(', ')}`
    case 'type':
      return `${field} must be ${String(error.params['type']).replace(',', ' or ')}`
    case 'pattern':
      return `${field} must be ${patternNames[String(error.params['pattern'])] ?? `like ${error.params['pattern']}`}`
    case 'required':
      return `${field === 'the document' ? 'an entry' : field} is missing "${error.params['missingProperty']}"`
    default:
      return `${field} ${error.message ?? 'is invalid'}`
  }
}

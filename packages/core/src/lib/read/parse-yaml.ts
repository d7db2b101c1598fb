/**
 * Parse editor-written YAML and check it against a schema, reporting each problem with the field
 * path and the line it is on, e.g. `people[0].role must be one of: interviewee, interviewer, author`.
 *
 * YAML is read defensively, as it comes from the sources folder (front matter, `NAME.meta.yaml`,
 * `collection.yaml`): aliases may expand to at most `maxAliasCount` nodes (the `yaml` package's own
 * guard against "billion laughs" documents, https://eemeli.org/yaml/#options); deeper nesting than
 * the parser's stack allows is the parser's error, with its line; and every string value loses C0/C1
 * control characters, the noncharacters U+FFFE/U+FFFF and lone surrogates (none is a character XML 1.0
 * may carry, https://www.w3.org/TR/xml/#charsets) and the direction controls `stripBidiControls`
 * removes, each with a warning naming the line. One bad file never stops the build.
 */
import {Ajv, type ErrorObject} from 'ajv'
import {type Document, LineCounter, isNode, isScalar, parseDocument, visit} from 'yaml'
import type {Message} from '../model/publication.js'
import {messageAt} from '../messages.js'
import {stripBidiControls} from '../text/bidi-controls.js'
import {datePattern, idPattern, langPattern} from './schemas.js'

const ajv = new Ajv({allErrors: true, strict: true})
const validators = new Map<object, ReturnType<typeof ajv.compile>>()

/**
 * Most nodes aliases may add (`yaml`'s `toJS({maxAliasCount})`, its default made explicit): Dossier's
 * fields never need many, and a document of aliases of aliases would otherwise expand exponentially.
 */
export const maxAliasCount = 100

export type YamlResult<T> = ({ok: true; value: T} | {ok: false; errors: Message[]}) & {warnings: Message[]}

/** A parsed YAML document with its cleaned value, or the errors (file and line) that stop it. */
export type LoadedYaml =
  | {ok: true; value: unknown; document: Document; lineCounter: LineCounter; warnings: Message[]}
  | {ok: false; errors: Message[]; warnings: Message[]}

// C0 controls except tab and line feed, DEL and C1 controls, U+FFFE/U+FFFF, lone surrogates.
// eslint-disable-next-line no-control-regex
const unsafe =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Nesting no editor writes: a document deeper than this is refused (Dossier's fields nest three levels). */
const maxNesting = 200

/**
 * The 1-based line where the nesting of `text` passes `maxNesting`, or null. Nesting is counted
 * without parsing: open flow brackets (`[`, `{` outside quotes and comments) plus the block
 * sequence and mapping indicators that open a line (`- - - x`), plus its indentation.
 */
function tooDeepLine(text: string): number | null {
  let flow = 0
  let line = 1
  let quote: string | null = null
  let start = true
  let block = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (char === '\n') {
      line++
      start = true
      block = 0
      if (quote === null) continue
    }
    if (quote !== null) {
      if (char === quote && text[i - 1] !== '\\') quote = null
      continue
    }
    if (start) {
      if (char === ' ' || char === '-' || char === '?' || char === ':') {
        block += char === ' ' ? 0.5 : 1
        if (block > maxNesting) return line
        continue
      }
      start = false
    }
    if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i)
      if (end === -1) break
      i = end - 1
    } else if ((char === '"' || char === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = char
    else if (char === '[' || char === '{') {
      if (++flow > maxNesting) return line
    } else if ((char === ']' || char === '}') && flow > 0) flow--
  }
  return null
}

/** Parse YAML text into a value; `lineOffset` shifts line numbers when the YAML sits inside another file. */
export function loadYaml(file: string, text: string, lineOffset = 0): LoadedYaml {
  // Refused before parsing: how deep the parser's recursion may go depends on the stack left when it
  // is called, so a document near that limit was read in one run and failed in another.
  const deepLine = tooDeepLine(text)
  if (deepLine !== null)
    return {
      ok: false,
      warnings: [],
      errors: [
        messageAt(
          file,
          'meta/yaml',
          "not read: its YAML is nested too deeply (Dossier's fields nest three levels at most)",
          deepLine + lineOffset,
          'error'
        )
      ]
    }
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true})
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + lineOffset
  if (document.errors.length > 0) {
    return {
      ok: false,
      warnings: [],
      errors: document.errors.map((error) => {
        const line = error.linePos?.[0]?.line ?? null
        return messageAt(
          file,
          'meta/yaml',
          /call stack/i.test(error.message)
            ? "not read: its YAML is nested too deeply (Dossier's fields nest three levels at most)"
            : `not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
          line === null ? null : line + lineOffset,
          'error'
        )
      })
    }
  }
  const warnings = cleanStrings(file, document, lineOf)
  try {
    return {ok: true, value: document.toJS({maxAliasCount}) ?? {}, document, lineCounter, warnings}
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error
    let first: number | null = null
    visit(document, {
      Alias(_key, node) {
        first = node.range ? lineOf(node.range[0]) : null
        return visit.BREAK
      }
    })
    return {
      ok: false,
      warnings,
      errors: [
        messageAt(
          file,
          'meta/yaml-aliases',
          `not read: its aliases (*name) expand to more than ${maxAliasCount} nodes, as a "billion laughs" document does; write the values out`,
          first,
          'error'
        )
      ]
    }
  }
}

/** Remove unsafe and direction-spoofing characters from every string value, in place; one warning per kind and line. */
function cleanStrings(file: string, document: Document, lineOf: (offset: number) => number): Message[] {
  const warnings: Message[] = []
  visit(document, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return
      const line = node.range ? lineOf(node.range[0]) : null
      let value = node.value
      const unsafeFound = value.match(unsafe)
      if (unsafeFound) {
        value = value.replace(unsafe, '')
        const shown = [...new Set(unsafeFound)].slice(0, 3).map(codePoint).join(', ')
        warnings.push(
          messageAt(
            file,
            'text/control-characters',
            `removed ${unsafeFound.length} control character(s) or noncharacter(s) (${shown}) from a value`,
            line
          )
        )
      }
      const bidi = stripBidiControls(value)
      if (bidi.removed.length > 0) {
        value = bidi.text
        warnings.push(
          messageAt(
            file,
            'text/bidi-controls',
            `removed direction control(s) ${bidi.removed.join(', ')} from a value: an override or an unpaired control can make text read other than it is written; paired isolates and RLM/LRM marks are kept`,
            line
          )
        )
      }
      if (value !== node.value && isScalar(node)) node.value = value
    }
  })
  return warnings
}

/** A date with a time, as static site generators write front matter (Jekyll `2023-11-02 08:00:00 -0300`, Hugo `2021-07-09T18:04:12Z`). */
const timestamp = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/

/**
 * A top-level `date` written with a time becomes its day, as written: the publication's date is a
 * day, and the day the author wrote is the one they meant (not the day in UTC).
 */
function withDayOfTimestamp(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const date = (value as {date?: unknown}).date
  const match = typeof date === 'string' ? timestamp.exec(date.trim()) : null
  return match ? {...value, date: match[1]} : value
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** Parse YAML text and check it against a JSON Schema; `lineOffset` as for `loadYaml`. */
export function parseYaml<T>(file: string, text: string, schema: object, lineOffset = 0): YamlResult<T> {
  const loaded = loadYaml(file, text, lineOffset)
  if (!loaded.ok) return loaded
  return checkYaml<T>(file, loaded, schema, lineOffset)
}

/** Check a loaded document's value against a JSON Schema, each error with its field path and line. */
export function checkYaml<T>(
  file: string,
  loaded: Extract<LoadedYaml, {ok: true}>,
  schema: object,
  lineOffset = 0,
  value: unknown = loaded.value
): YamlResult<T> {
  const {document, lineCounter, warnings} = loaded
  value = withDayOfTimestamp(value)
  let validate = validators.get(schema)
  if (!validate) {
    validate = ajv.compile(schema)
    validators.set(schema, validate)
  }
  if (validate(value)) return {ok: true, value: value as T, warnings}
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
  return {ok: false, errors, warnings}
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

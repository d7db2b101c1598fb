/**
 * Front matter of pasted Markdown carries whatever the blog engine wrote (Jekyll, Hugo, Substack
 * exports): `author`, `tags`, `layout`, `slug`… Our own fields are checked strictly; common blog
 * fields are mapped (`author`/`authors` → people, `description`/`summary` → subtitle) and any other
 * key is ignored with a warning. A sidecar `.meta.yaml` is ours alone, and stays strict.
 */
import type {Overrides} from '../model/overrides.js'
import type {Message} from '../model/publication.js'
import {messageAt} from '../messages.js'
import {parse as parseToml, TomlError} from 'smol-toml'
import {stringify as stringifyYaml} from 'yaml'
import {checkYaml, loadYaml} from './parse-yaml.js'
import {overridesSchema} from './schemas.js'

type Result = ({ok: true; value: Overrides} | {ok: false; errors: Message[]}) & {warnings: Message[]}

const ours = new Set(Object.keys(overridesSchema.properties))
const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '')

/**
 * Parse front matter (as `loadYaml` does: aliases bounded, strings cleaned): map blog fields, warn
 * about the rest, validate ours. `format` `toml` is Hugo's `+++` block, read by smol-toml (TOML
 * 1.0) and checked as the same fields; its messages name the block's first line, as the TOML's own
 * lines are not kept through the conversion.
 */
export function readFrontMatter(
  file: string,
  text: string,
  lineOffset: number,
  format: 'yaml' | 'toml' = 'yaml'
): Result {
  if (format === 'toml') return readToml(file, text, lineOffset)
  const loaded = loadYaml(file, text, lineOffset)
  if (!loaded.ok) return loaded
  const raw = loaded.value
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return checkYaml<Overrides>(file, loaded, overridesSchema, lineOffset)
  const record = raw as Record<string, unknown>
  const warnings: Message[] = [...loaded.warnings]
  const mapped: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (ours.has(key)) mapped[key] = value
    else if (key === 'author' || key === 'authors') {
      if (!record['people'])
        mapped['people'] = [
          ...((mapped['people'] as unknown[]) ?? []),
          ...asList(value).map((name) => ({name, role: 'author'}))
        ]
    } else if (
      (key === 'description' || key === 'summary' || key === 'dek' || key === 'standfirst') &&
      typeof value === 'string' &&
      !('subtitle' in record)
    )
      mapped['subtitle'] = value
    else
      warnings.push(
        messageAt(
          file,
          'meta/ignored-field',
          `front matter field "${key}" is not used by Dossier and was ignored`,
          lineOffset
        )
      )
  }
  // Dates written unquoted may arrive as Date objects from other YAML dialects; keep our string form.
  if (mapped['date'] instanceof Date) mapped['date'] = (mapped['date'] as Date).toISOString().slice(0, 10)
  const checked = checkYaml<Overrides>(file, loaded, overridesSchema, lineOffset, mapped)
  return {...checked, warnings}
}

/** TOML front matter: parsed, then read as the same fields through YAML; every message at the block's line. */
function readToml(file: string, text: string, line: number): Result {
  let value: unknown
  try {
    value = parseToml(text)
  } catch (error) {
    const detail = error instanceof TomlError ? `line ${error.line}: ${error.message.split('\n')[0]}` : String(error)
    return {
      ok: false,
      warnings: [],
      errors: [messageAt(file, 'meta/toml', `its TOML front matter is not valid (${detail})`, line, 'error')]
    }
  }
  // TOML's dates are Date objects; the fields are strings, as YAML writes them.
  const plain = JSON.parse(JSON.stringify(value))
  const result = readFrontMatter(file, stringifyYaml(plain), 0)
  const at = (m: Message): Message => ({...m, line})
  return result.ok
    ? {...result, warnings: result.warnings.map(at)}
    : {...result, errors: result.errors.map(at), warnings: result.warnings.map(at)}
}

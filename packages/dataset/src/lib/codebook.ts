/**
 * `CODEBOOK.md`: every field of every dataset file (publications.json, qa.jsonl, qa.csv and each
 * table of dossier.sqlite) with its meaning, type, units and provenance, read from the schemas
 * themselves (core's `publicationsSchema`, `qaRowSchema`, `qaTableSchema`, `sqliteTables`), so it
 * cannot drift from them. `codebookEntries` is what `codebook.test.ts` checks for gaps.
 */
import {type Provenance, provenances, publicationsSchema, qaRowSchema, qaTableSchema, sqliteTables} from '@dossier/core'

/** One documented field. */
export interface CodebookEntry {
  file: string
  field: string
  type: string
  description: string | undefined
  provenance: Provenance[] | undefined
  units: string | undefined
}

interface Node {
  type?: string | string[]
  enum?: unknown[]
  $ref?: string
  description?: string
  'x-provenance'?: Provenance[]
  'x-units'?: string
  properties?: Record<string, Node>
  items?: Node
  oneOf?: Node[]
}

const defs = publicationsSchema.$defs as unknown as Record<string, Node>

/** Every field of every file, in the files' order. */
export function codebookEntries(): CodebookEntry[] {
  const entries: CodebookEntry[] = []
  walk('publications.json', '', publicationsSchema as unknown as Node, entries)
  walk('qa.jsonl', '', qaRowSchema as unknown as Node, entries)
  for (const field of qaTableSchema.fields)
    entries.push({
      file: 'qa.csv',
      field: field.name,
      type: field.type,
      description: field.description,
      provenance: field['x-provenance'],
      units: undefined
    })
  for (const table of sqliteTables)
    for (const column of table.columns)
      entries.push({
        file: `dossier.sqlite: ${table.name}`,
        field: column.name,
        type: column.type + (column.nullable ? ' or NULL' : ''),
        description: column.description,
        provenance: column.provenance,
        units: 'units' in column ? column.units : undefined
      })
  return entries
}

/** The entries of a schema's properties, recursing into objects, arrays, nullable objects and `$defs/publication`. */
function walk(file: string, path: string, node: Node, entries: CodebookEntry[]): void {
  const target = node.$ref === '#/$defs/publication' ? defs['publication']! : node
  for (const [name, child] of Object.entries(target.properties ?? {})) {
    const field = path ? `${path}.${name}` : name
    entries.push({
      file,
      field,
      type: typeOf(child),
      description: child.description,
      provenance: child['x-provenance'],
      units: child['x-units']
    })
    walk(file, field, child, entries)
  }
  if (target.items) walk(file, `${path}[]`, target.items, entries)
  for (const variant of target.oneOf ?? []) if (variant.properties) walk(file, path, variant, entries)
}

/** A field's type in a few words: `string or null`, `array of block`, `one of interview, article`. */
function typeOf(node: Node): string {
  if (node.enum) return `one of ${node.enum.map((value) => (value === null ? 'null' : `\`${value}\``)).join(', ')}`
  if (node.$ref) return node.$ref === '#/$defs/block' ? 'block (see below)' : 'object'
  if (node.oneOf) return node.oneOf.map(typeOf).join(' or ')
  const types = Array.isArray(node.type) ? node.type : [node.type ?? 'any']
  return types.map((type) => (type === 'array' && node.items ? `array of ${typeOf(node.items)}` : type)).join(' or ')
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The codebook as Markdown. */
export function renderCodebook(): string {
  const entries = codebookEntries()
  const out: string[] = [
    '# Codebook',
    '',
    'Every field of every file of this dataset: what it means, its type, its units and where its value comes from. Made from the schemas published beside the data (`schema/`), at every build.',
    '',
    '**Names.** One convention in every file: camelCase, as in `publications.json`. The same concept has the same name everywhere: the publication’s id is `id` in `publications.json` and in the `publications` table, and `publicationId` wherever another row points to it (qa.jsonl, qa.csv, every other table). A field of a nested object, once flattened into a row, is prefixed with the object’s name (`source.sha256` → `sourceSha256`, a question’s `id` → `questionId`); an object’s main value takes the object’s name (`date.value` → `date`, `publicationDate`), and `stats` is left out (`stats.words` → `words`).',
    '',
    '**Missing values.** `null` in JSON and SQLite; an empty cell in CSV.',
    '',
    '**Word counts** (`words`) are counted with `Intl.Segmenter` (granularity `word`, segments that are word-like) in scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar), so they count dictionary words; any other run of letters and digits is one word (`don’t`, `U.S.`, `well-known`). The segmenter is ICU’s, and ICU comes with Node.js: counts in those scripts follow the ICU of the Node that built the dataset (Node 20).',
    '',
    '**Provenance.**',
    '',
    ...Object.entries(provenances).map(([name, meaning]) => `- \`${name}\`: ${meaning}.`),
    ''
  ]
  let file = ''
  for (const entry of entries) {
    if (entry.file !== file) {
      file = entry.file
      out.push(...heading(file))
    }
    const meaning = `${entry.description ?? ''}${entry.units ? ` Units: ${entry.units}.` : ''}`
    out.push(`| \`${entry.field}\` | ${cell(entry.type)} | ${cell(meaning)} | ${(entry.provenance ?? []).join(', ')} |`)
  }
  out.push('', '## Blocks (`$defs/block`)', '', defs['block']!.description ?? '', '')
  return `${out.join('\n')}\n`
}

const fileNotes: Record<string, string> = {
  'publications.json':
    '`{collection, edition, publications}`; each publication as below (paths: `.` a field of an object, `[]` an item of an array). Schema: `schema/publications.schema.json`.',
  'qa.jsonl': 'One JSON object a line, one line per question. Schema: `schema/qa-row.schema.json`.',
  'qa.csv':
    'The same columns as qa.jsonl, in the same order; answer paragraphs separated by a blank line. Table Schema: `schema/qa.tableschema.json`.'
}

/** The heading (and for a table its keys and indexes) that opens a file's or table's fields. */
function heading(file: string): string[] {
  const table = sqliteTables.find((t) => `dossier.sqlite: ${t.name}` === file)
  const lines = ['', `## ${table ? `\`dossier.sqlite\`, table \`${table.name}\`` : `\`${file}\``}`, '']
  if (table) {
    lines.push(table.description, '')
    const keys = table.columns.filter((c) => 'references' in c)
    lines.push(`Primary key: ${table.primaryKey.map((c) => `\`${c}\``).join(', ')}.`)
    for (const c of keys) {
      const ref = (c as {references: {table: string; column: string}}).references
      lines.push(`Foreign key: \`${c.name}\` → \`${ref.table}.${ref.column}\`.`)
    }
    for (const index of table.indexes) lines.push(`Index: ${index.map((c) => `\`${c}\``).join(', ')}.`)
    lines.push('')
  } else lines.push(fileNotes[file] ?? '', '')
  lines.push('| field | type | meaning | provenance |', '| --- | --- | --- | --- |')
  return lines
}

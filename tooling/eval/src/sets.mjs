/**
 * A labelled set read as a build reads it: `<dir>/sources/` through the CLI's reader and core's
 * `buildCorpus`, `<dir>/expected.json`, and `<dir>/roles/<name>.tsv` where an editor labelled the
 * role of every line. Pages come back in the corpus's order with their text lines and ledger.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {readSources} from '@dossier/cli'
import {buildCorpus, classFor, lineFeatures, parseRoleLabels, physicalLines, toRecord} from '@dossier/core'

/**
 * Read and normalize a set; `pages[i]` = {file, family, publication, record, lines, roles|null}.
 * `options.roleModel`: the decoder weights to normalize with (default the fitted ones);
 * `options.voteRoleModel`: the weights with the ledger's votes, for the headline decided last
 *   (default the fitted ones; `offModel` for the rules alone);
 * `options.only(file, expectation)`: keep only the sources it accepts.
 */
export async function loadSet(dir, options = {}) {
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'))
  const read = await readSources(path.join(dir, 'sources'))
  if (options.only) read.sources = read.sources.filter((s) => options.only(s.path, expected[s.path]))
  const texts = new Map(read.sources.map((s) => [s.path, new TextDecoder().decode(s.bytes)]))
  const corpus = buildCorpus({
    ...read,
    ...(options.roleModel ? {roleModel: options.roleModel} : {}),
    ...(options.voteRoleModel ? {voteRoleModel: options.voteRoleModel} : {})
  })
  const unknown = []
  const pages = corpus.publications.map((publication) => {
    const file = publication.source.path
    const name = file.replace(/\.[^.]+$/, '')
    const rolesFile = path.join(dir, 'roles', `${name}.tsv`)
    let roles = null
    if (existsSync(rolesFile)) {
      const parsed = parseRoleLabels(readFileSync(rolesFile, 'utf8'))
      roles = parsed.roles
      unknown.push(...parsed.unknown.map((u) => `${name}.tsv:${u}`))
    }
    return {
      file,
      family: expected[file]?.family ?? null,
      publication,
      record: toRecord(publication),
      lines: physicalLines(texts.get(file) ?? ''),
      roles
    }
  })
  return {
    expected: options.only
      ? Object.fromEntries(Object.entries(expected).filter(([f, e]) => options.only(f, e)))
      : expected,
    pages,
    failures: corpus.failures,
    unknown
  }
}

/** A labelled page as a training example: feature rows and the class each labelled line is taught as. */
export function exampleOf(page) {
  const rows = lineFeatures(page.lines, page.publication.lines)
  const labels = page.lines.map((line, i) => {
    const role = page.roles?.get(i + 1)
    if (!role || role === 'blank' || !line.trim()) return null
    return classFor(role, page.publication.lines[i])
  })
  return {rows, labels}
}

/**
 * Compare a reading of every labelled line with the editor's roles: per class, lines the editor
 * gave it (`expected`), lines the reading gave it (`predicted`), lines where both agree (`right`).
 * `reading(i)` is the class the reading gave line i + 1 (or undefined).
 */
export function compare(page, reading, counts = new Map()) {
  const bump = (cls, key) => {
    const row = counts.get(cls) ?? {expected: 0, predicted: 0, right: 0}
    row[key]++
    counts.set(cls, row)
  }
  for (const [line, role] of page.roles ?? []) {
    if (role === 'blank' || !page.lines[line - 1]?.trim()) continue
    const got = reading(line - 1) ?? 'missing'
    const cls = classFor(role, got)
    if (!cls) continue
    bump(cls, 'expected')
    bump(got, 'predicted')
    if (cls === got) bump(cls, 'right')
  }
  return counts
}

/** Weights that read nothing: the normalizer as it was before the decoder (a baseline for `pnpm eval`). */
export const offModel = {weights: {}, bias: [], transitions: [], start: []}

/**
 * The codebook (issue 24) is made from the schemas, and every field of every file and table has a
 * meaning and a provenance: a field added without them fails here. The Markdown is a golden file.
 */
import {provenances} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {codebookEntries, renderCodebook} from '../src/lib/codebook.js'
import {files} from './collection.js'

const entries = codebookEntries()

describe('codebookEntries', () => {
  it('gives every field of every file and table a description and a known provenance', () => {
    const gaps = entries
      .filter(
        (entry) =>
          !entry.description?.trim() ||
          !entry.provenance?.length ||
          entry.provenance.some((kind) => !(kind in provenances))
      )
      .map((entry) => `${entry.file}: ${entry.field}`)
    expect(gaps).toEqual([])
  })

  it('covers publications.json, qa.jsonl, qa.csv and every table of dossier.sqlite', () => {
    const byFile = new Map<string, string[]>()
    for (const entry of entries) byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry.field])
    expect([...byFile.keys()]).toEqual([
      'publications.json',
      'qa.jsonl',
      'qa.csv',
      ...[
        'collection',
        'publications',
        'people',
        'outlets',
        'publicationPeople',
        'publicationOutlets',
        'turns',
        'ledger'
      ].map((table) => `dossier.sqlite: ${table}`)
    ])
    // The same columns: a field of qa.jsonl that holds objects (`turns`) is one column of JSON in qa.csv.
    expect(byFile.get('qa.csv')).toEqual(byFile.get('qa.jsonl')!.filter((field) => !field.includes('[]')))
    expect(byFile.get('publications.json')).toEqual(
      expect.arrayContaining([
        'publications[].qa[].asker',
        'publications[].stats.words',
        'publications[].removed[].reason'
      ])
    )
  })
})

describe('renderCodebook', () => {
  it('is published as CODEBOOK.md and reads as reviewed in golden/CODEBOOK.md', async () => {
    const published = String(files.find((file) => file.path === 'CODEBOOK.md')!.contents)
    expect(published).toBe(renderCodebook())
    await expect(published).toMatchFileSnapshot('./golden/CODEBOOK.md')
  })
})

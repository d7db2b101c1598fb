/**
 * Where a dataset field's value comes from, as the codebook tells it. Every field of every schema
 * carries one or more (`x-provenance` in the JSON Schemas and the Table Schema, `provenance` in the
 * SQLite tables); `codebook.test.ts` in the dataset package fails on a field without one.
 */

/** The kinds of provenance, each with what it means. */
export const provenances = {
  source: 'the text of the source file, cleaned (white space, direction controls, typography) but not rewritten',
  editor: 'set by the editor: front matter, the sidecar `NAME.meta.yaml` or `collection.yaml`',
  inferred: 'read from the source by the normalizer (a heuristic; its `source` and `evidence` fields say how)',
  computed: 'made by Dossier from other fields or the file (ids, counts, hashes, order)'
} as const

/** One kind of provenance. */
export type Provenance = keyof typeof provenances

/** A fact the editor may set and the normalizer otherwise infers (its `source` field says which). */
export const editorOrInferred: Provenance[] = ['editor', 'inferred']

/**
 * The tables of the dataset's SQLite file (`dossier.sqlite`), described once: columns with their
 * type, meaning, units and provenance, primary keys, declared foreign keys and indexes. The dataset
 * renderer makes its `CREATE TABLE` statements from this, the codebook its pages, and `to-rows.ts`
 * the rows, in the same column order. Column names are the dataset's one convention (camelCase, as
 * `publications.json`, `qa.jsonl` and `qa.csv`): the same concept has the same name in every file.
 */
import {editorOrInferred, type Provenance} from './provenance.js'

/** One column of a table. */
export interface ColumnSpec {
  name: string
  type: 'TEXT' | 'INTEGER'
  /** Null allowed (otherwise `NOT NULL`). */
  nullable?: boolean
  description: string
  provenance: Provenance[]
  units?: string
  /** A declared foreign key. */
  references?: {table: string; column: string}
}

/** One table: its columns in order, primary key and indexes on the join columns. */
export interface TableSpec {
  name: string
  description: string
  columns: ColumnSpec[]
  primaryKey: string[]
  indexes: string[][]
  /**
   * Stored as a `WITHOUT ROWID` table (https://www.sqlite.org/withoutrowid.html): the rows are kept
   * in primary key order, with no second copy of the key in an index. For tables of small rows.
   */
  withoutRowid?: boolean
}

const text = (name: string, description: string, provenance: Provenance[], more: Partial<ColumnSpec> = {}) =>
  ({name, type: 'TEXT', description, provenance, ...more}) satisfies ColumnSpec
const integer = (name: string, description: string, provenance: Provenance[], more: Partial<ColumnSpec> = {}) =>
  ({name, type: 'INTEGER', description, provenance, ...more}) satisfies ColumnSpec
const publicationId = text('publicationId', 'The publication (`publications.id`).', ['computed'], {
  references: {table: 'publications', column: 'id'}
})
const computed: Provenance[] = ['computed']
const found = editorOrInferred
const source: Provenance[] = ['source']
/** The `people` or `outlets` table: one row per name as written. */
const entityTable = <N extends string>(name: N, description: string, idFunction: string) => ({
  name,
  description,
  columns: [
    text('id', `Id: the name as a slug and a hash of the normalized name (\`${idFunction}\`).`, computed),
    text('name', 'The name as the first publication in the collection’s order writes it.', found)
  ],
  primaryKey: ['id'],
  indexes: []
})
/**
 * A publication's people or outlets: the publication, the order, the entity with its role, the
 * link's own columns, and how it was found (by the editor or the normalizer, and where).
 */
const linkTable = <N extends string>(
  name: N,
  description: string,
  link: {entity: string; noun: string; key: string; order: string; roles: string; columns: ColumnSpec[]}
) => ({
  name,
  description,
  columns: [
    publicationId,
    integer('position', `Order in the publication’s ${link.order}, from 1.`, computed),
    text(link.key, `The ${link.noun} (\`${link.entity}.id\`).`, computed, {
      references: {table: link.entity, column: 'id'}
    }),
    text('role', `${link.roles}.`, found),
    ...link.columns,
    text('source', 'Who gave it: `editor` or `inferred`.', computed),
    text('evidence', 'Where the normalizer found it (a quote of the line), or the editor’s field.', computed)
  ],
  primaryKey: ['publicationId', 'position'],
  indexes: [[link.key]],
  withoutRowid: true
})

export const sqliteTables = [
  {
    name: 'collection',
    description: 'The collection this file publishes: one row (collection.yaml, or defaults).',
    columns: [
      text('id', 'Collection id.', ['editor', 'computed']),
      text('title', 'Collection title.', ['editor', 'computed']),
      text('description', 'Collection description.', ['editor', 'computed']),
      text('publisher', 'Publisher.', ['editor', 'computed']),
      text('lang', 'Language of the collection (BCP 47).', ['editor', 'computed']),
      text('rights', 'Rights statement.', ['editor', 'computed']),
      text('baseUrl', 'Where the site is published, or null.', ['editor'], {nullable: true}),
      text('edition', 'Build date (ISO 8601): SOURCE_DATE_EPOCH or the latest publication date, never the clock.', [
        'computed'
      ])
    ],
    primaryKey: ['id'],
    indexes: []
  },
  {
    name: 'publications',
    description: 'One row per publication, in the collection’s order (publications.json, flattened).',
    columns: [
      text('id', 'Publication id: date and title as a URL-safe slug; the key every table joins on.', ['computed']),
      text('kind', '`interview` or `article`.', found),
      text('title', 'Title as plain text.', [...found, 'source']),
      text('subtitle', 'Subtitle, or null.', [...found, 'source'], {nullable: true}),
      text('date', 'Date of first publication: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601), or null.', found, {
        nullable: true
      }),
      text('datePrecision', '`year`, `month` or `day`.', found, {nullable: true}),
      text('dateSource', 'Who gave the date: `editor` or `inferred`.', computed, {nullable: true}),
      text('lang', 'Language of the text (BCP 47).', found),
      text('url', 'Original URL, or null.', found, {nullable: true}),
      integer('truncated', '1 when the source stops mid-sentence, else 0.', ['inferred'], {units: 'boolean (0/1)'}),
      integer('words', 'Words of the text (`Intl.Segmenter`, see “Word counts”).', computed, {units: 'words'}),
      integer('readingMinutes', 'Reading time at 230 words a minute, at least 1.', computed, {units: 'minutes'}),
      text('sourcePath', 'Source file, relative to the sources folder.', computed),
      text('sourceSha256', 'SHA-256 of the source file’s bytes (hex).', computed),
      integer('sourceBytes', 'Size of the source file.', computed, {units: 'bytes'}),
      text('sourceFormat', '`txt`, `md` or `html`.', computed)
    ],
    primaryKey: ['id'],
    indexes: [['date']]
  },
  entityTable(
    'people',
    'One row per person named in any publication’s byline; one id per name as written (case, spacing and Unicode form aside): two spellings of one person are two rows, never merged on a guess.',
    'personId'
  ),
  entityTable(
    'outlets',
    'One row per outlet (newspaper, agency, site) named by any publication, one id per name as written.',
    'outletId'
  ),
  linkTable(
    'publicationPeople',
    'Who is in which publication, with what role and affiliation (publications.json `people`).',
    {
      entity: 'people',
      noun: 'person',
      key: 'personId',
      order: 'byline',
      roles: '`interviewee`, `interviewer`, `reporter` (an asker at a press conference) or `author`',
      columns: [text('affiliation', 'Affiliation or title as the source gives it, or null.', found, {nullable: true})]
    }
  ),
  linkTable(
    'publicationOutlets',
    'Which outlets published or republished each publication (publications.json `outlets`).',
    {
      entity: 'outlets',
      noun: 'outlet',
      key: 'outletId',
      order: 'outlets',
      roles: '`original` or `republisher`',
      columns: [
        text('detail', 'What the source says beside the name (a section, an edition), or null.', found, {
          nullable: true
        }),
        text('url', 'The outlet’s URL for this publication, or null.', found, {nullable: true})
      ]
    }
  ),
  {
    name: 'turns',
    description:
      'The questions and answers, one row per paragraph: a question is one row (paragraph 1), each paragraph of its answer one row. So each row has one language and one word count, and a search finds the paragraph that says it.',
    columns: [
      publicationId,
      integer('position', 'Order of the paragraph in the publication’s questions and answers, from 1.', computed),
      text('questionId', 'Anchor of the question on the site and in the EPUB and PDF (`q1`, `q2`…).', computed),
      integer('questionNumber', 'Number of the question, from 1.', computed),
      text('role', '`asker` (the question) or `answerer` (a paragraph of the answer).', ['inferred']),
      integer(
        'paragraph',
        'Paragraph of the turn, from 1 (a question has one; where two or more people answer one question, each one’s turn starts again at 1).',
        computed
      ),
      text(
        'speaker',
        'Who spoke, as the source labelled the turn (asker or answerer), or null without a label.',
        source,
        {
          nullable: true
        }
      ),
      text(
        'affiliation',
        'What the speaker’s label says in brackets, as printed: the outlet or body (“Luis Moreno (El País):” → “El País”, “Reporter (Reuters):” → “Reuters”), or null without one. A time stamp in brackets is not an affiliation.',
        source,
        {nullable: true}
      ),
      text(
        'speakerId',
        'The speaker among the publication’s people: the one person the label names (the name itself, or after a title: “Minister Okafor” is Okafor), or, without a label, the only interviewee (answers) or the only interviewer (questions); null when that is not exactly one person.',
        ['inferred'],
        {nullable: true, references: {table: 'people', column: 'id'}}
      ),
      text('lang', 'Language of the paragraph (BCP 47): its own where it differs from the publication’s.', [
        'inferred'
      ]),
      text('text', 'The paragraph as plain text (a list or table is one run of text).', source),
      integer('words', 'Words of the paragraph (`Intl.Segmenter`).', computed, {units: 'words'})
    ],
    primaryKey: ['publicationId', 'position'],
    indexes: [['speakerId']]
  },
  {
    name: 'ledger',
    description:
      'Every line of every source and what it became (the content ledger): nothing is lost without a reason.',
    columns: [
      publicationId,
      integer('line', 'Line number in the source file, from 1.', computed),
      text(
        'role',
        'What the line became: title, subtitle, date, byline, intro, question, answer, body, about, notes, removed, blank or front-matter.',
        ['inferred', 'editor']
      ),
      text(
        'reason',
        'Why a removed line, or the removed part of a line kept as content, was removed (“Read more link”), or null.',
        ['inferred', 'editor'],
        {
          nullable: true
        }
      ),
      text('rule', 'Stable id of the rule that removed it (`chrome/read-more`), or null.', computed, {nullable: true}),
      text(
        'text',
        'What was removed, as it was: the whole line, or the removed part of a line kept as content; null when nothing was.',
        source,
        {nullable: true}
      )
    ],
    primaryKey: ['publicationId', 'line'],
    indexes: [],
    withoutRowid: true
  }
] as const satisfies readonly TableSpec[]

/** A table's name. */
export type TableName = (typeof sqliteTables)[number]['name']

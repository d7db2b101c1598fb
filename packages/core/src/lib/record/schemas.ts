/**
 * JSON Schema 2020-12 for every JSON file of the dataset, and a Frictionless Table Schema for the
 * CSV (https://specs.frictionlessdata.io/table-schema/). Published next to the data so analysts'
 * tools can validate what they load. They live in core, not in the dataset renderer, because core
 * checks every publication against them before any renderer sees it (`validate-record.ts`).
 * Every field has a `description` and an `x-provenance` (and `x-units` where it counts something):
 * the codebook is made from them. Both are annotations, which JSON Schema allows; ajv's strict mode
 * wants them named first (`ajv.addVocabulary(schemaVocabulary)`).
 */
import {langPattern} from '../read/schemas.js'
import {editorOrInferred, type Provenance} from './provenance.js'

const base = 'https://dossier.invalid/schema/'

/** The annotation keywords our schemas add to JSON Schema, for `ajv.addVocabulary`. */
export const schemaVocabulary = ['x-provenance', 'x-units']

/** `schema` with its meaning, provenance and (optionally) units. */
const doc = <S extends object>(schema: S, description: string, provenance: Provenance[], units?: string) =>
  ({...schema, description, 'x-provenance': provenance, ...(units ? {'x-units': units} : {})}) as const
const computed: Provenance[] = ['computed']
const found = editorOrInferred
const fromSource: Provenance[] = ['source']
const str = {type: 'string'}
/** A required text that may not be empty (titles, questions, names): core derives or rejects, never publishes ''. */
const text = {type: 'string', minLength: 1, pattern: '\\S'}
const nullableStr = {type: ['string', 'null']}
const strings = {type: 'array', items: str}
const provenance = {
  source: doc(
    {enum: ['editor', 'inferred']},
    'Who gave this fact: `editor` (front matter, sidecar) or `inferred` (the normalizer).',
    computed
  ),
  evidence: doc(str, 'How it was found: a quote of the source line or page field, or the editor’s field.', computed)
}
/** Who asked or answered a turn: the name the source printed before it, or null. */
const speaker = (who: string, note = '') =>
  ({
    description: `${who}, as the source labelled the turn ("Minister Okafor", "Marc Fesneau", "何明远"; white space and direction controls cleaned, no colon), or null when the source printed no label.${note}`,
    type: ['string', 'null'],
    minLength: 1,
    pattern: '\\S',
    'x-provenance': fromSource
  }) as const
/** What a speaker's label says in brackets: their outlet or body, as printed, or null. */
const affiliationOf = (whose: string) =>
  ({
    description: `What ${whose} label says in brackets, as printed: the outlet or body they speak for ("Luis Moreno (El País):" → "El País", "Reporter (Reuters):" → "Reuters", "Q (Tass):" → "Tass"), or null without one. A time stamp in brackets ("Speaker 1 (01:02):") is not an affiliation.`,
    type: ['string', 'null'],
    minLength: 1,
    pattern: '\\S',
    'x-provenance': fromSource
  }) as const
const asker = speaker('Who asked the question')
const askerAffiliation = affiliationOf('the asker’s')
const answererAffiliation = affiliationOf('the first answerer’s')
const answerer = speaker(
  'Who answered',
  ' Where two or more people answer in turn, the first of them; `turns` names each.'
)
/** The answer's speakers' turns: who spoke and how many of the answer's paragraphs, in order. */
const turns = doc(
  {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['speaker', 'affiliation', 'paragraphs'],
      properties: {
        speaker: speaker('Who spoke this turn of the answer'),
        affiliation: affiliationOf('this turn’s'),
        paragraphs: doc(
          {type: 'integer', minimum: 0},
          'How many paragraphs of `answer` the turn holds, following the previous turn’s.',
          computed,
          'paragraphs'
        )
      }
    }
  },
  'The answer as its speakers’ turns, in order: one turn, or one per change of speaker where two or more people answer the question in turn (a panel, a press conference). The paragraphs of the turns, in order, are `answer`.',
  fromSource
)
/** An array of structured blocks (`$defs/block`). */
const blocks = (description: string) =>
  ({description, 'x-provenance': fromSource, type: 'array', items: {$ref: '#/$defs/block'}}) as const
/** One variant of `$defs/block`: `kind` and exactly these fields. */
const kind = <K extends string, P extends Record<string, unknown>>(name: K, properties: P) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: ['kind', ...Object.keys(properties)],
    properties: {kind: {const: name}, ...properties}
  }) as const

export const publicationsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${base}publications.schema.json`,
  title: 'Dossier publications',
  type: 'object',
  additionalProperties: false,
  required: ['collection', 'edition', 'publications'],
  properties: {
    collection: doc(
      {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'description', 'publisher', 'lang', 'rights'],
        properties: {
          id: doc(str, 'Collection id.', ['editor', 'computed']),
          title: doc(str, 'Collection title.', ['editor', 'computed']),
          description: doc(str, 'Collection description.', ['editor', 'computed']),
          publisher: doc(str, 'Publisher.', ['editor', 'computed']),
          lang: doc(str, 'Language of the collection (BCP 47).', ['editor', 'computed']),
          rights: doc(str, 'Rights statement.', ['editor', 'computed']),
          baseUrl: doc(nullableStr, 'Where the site is published, or null.', ['editor'])
        }
      },
      'The collection (collection.yaml, or defaults).',
      ['editor', 'computed']
    ),
    edition: doc(
      {type: 'string', format: 'date-time'},
      'Build date: SOURCE_DATE_EPOCH or the latest publication date, never the wall clock.',
      computed
    ),
    publications: doc(
      {type: 'array', items: {$ref: '#/$defs/publication'}},
      'Every publication, in the collection’s order.',
      computed
    )
  },
  $defs: {
    publication: {
      type: 'object',
      additionalProperties: false,
      required: [
        'id',
        'kind',
        'title',
        'subtitle',
        'date',
        'lang',
        'blockLanguages',
        'url',
        'people',
        'outlets',
        'intro',
        'qa',
        'body',
        'about',
        'notes',
        'footnotes',
        'blocks',
        'truncated',
        'removed',
        'warnings',
        'source',
        'stats'
      ],
      properties: {
        id: doc(
          {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'},
          'Publication id: date and title as a URL-safe slug (or the editor’s `id`); the key every file joins on.',
          ['computed', 'editor']
        ),
        kind: doc({enum: ['interview', 'article']}, '`interview` (questions and answers) or `article`.', found),
        title: doc(text, 'Title as plain text.', [...found, 'source']),
        subtitle: doc(nullableStr, 'Subtitle, or null.', [...found, 'source']),
        date: doc(
          {
            oneOf: [
              {type: 'null'},
              {
                type: 'object',
                additionalProperties: false,
                required: ['value', 'precision', 'source', 'evidence'],
                properties: {
                  value: doc(
                    {type: 'string', pattern: '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$'},
                    'YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601).',
                    found
                  ),
                  precision: doc({enum: ['year', 'month', 'day']}, 'How much of the date is known.', found),
                  ...provenance
                }
              }
            ]
          },
          'Date of first publication, or null when none was found.',
          found
        ),
        lang: doc({type: 'string', pattern: langPattern}, 'Language of the text (BCP 47).', found),
        blockLanguages: doc(
          {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['part', 'question', 'index', 'lang', 'dir'],
              properties: {
                part: doc({enum: ['intro', 'answer', 'body', 'about', 'notes']}, 'Which part.', computed),
                question: doc(
                  {type: ['integer', 'null'], minimum: 1},
                  'Question number for an answer paragraph, else null.',
                  computed
                ),
                index: doc({type: 'integer', minimum: 0}, 'Paragraph index in the part, from 0.', computed),
                lang: doc({type: 'string', pattern: langPattern}, 'Language of the paragraph (BCP 47).', ['inferred']),
                dir: doc({enum: ['ltr', 'rtl']}, 'Writing direction of the paragraph.', ['inferred'])
              }
            }
          },
          "Paragraphs whose language or direction differs from the publication's (an Urdu stanza in an English interview): where (part, question number for answers, 0-based paragraph index) and what.",
          ['inferred']
        ),
        url: doc(nullableStr, 'Original URL, or null.', found),
        people: doc(
          {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'role', 'affiliation', 'source', 'evidence'],
              properties: {
                name: doc(text, 'The name as the source or editor writes it.', found),
                role: doc(
                  {enum: ['interviewee', 'interviewer', 'reporter', 'author']},
                  'Role in this publication: `reporter` for those who put questions at a press conference or briefing (they ask; they do not interview).',
                  found
                ),
                affiliation: doc(nullableStr, 'Affiliation or title as the source gives it, or null.', found),
                ...provenance
              }
            }
          },
          'The people of the byline, in order.',
          found
        ),
        outlets: doc(
          {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'role', 'url', 'source', 'evidence'],
              properties: {
                name: doc(text, 'The outlet’s name.', found),
                role: doc({enum: ['original', 'republisher']}, 'Published it first, or again.', found),
                detail: doc(str, 'What the source says beside the name (a section, an edition).', found),
                url: doc(nullableStr, 'The outlet’s URL for this publication, or null.', found),
                ...provenance
              }
            }
          },
          'Newspapers, agencies and sites that published it.',
          found
        ),
        intro: doc(strings, 'Plain paragraphs of the intro (standfirst).', fromSource),
        qa: doc(
          {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: [
                'id',
                'number',
                'sourceNumber',
                'asker',
                'askerAffiliation',
                'question',
                'answerer',
                'answererAffiliation',
                'answer',
                'turns',
                'blocks'
              ],
              properties: {
                id: doc(
                  {type: 'string', pattern: '^q[1-9][0-9]*$'},
                  'Anchor of the question (`q1`…); `questionId` in qa.jsonl, qa.csv and the SQLite file.',
                  computed
                ),
                number: doc(
                  {type: 'integer', minimum: 1},
                  'Number of the question, from 1; `questionNumber` elsewhere.',
                  computed
                ),
                sourceNumber: doc(nullableStr, 'The number the source printed, if any ("3.", "Q7").', fromSource),
                asker,
                askerAffiliation,
                question: doc(text, 'The question as plain text.', fromSource),
                answerer,
                answererAffiliation,
                answer: doc(
                  strings,
                  'Plain paragraphs of the answer (a table or list is one run of text; thematic breaks are left out).',
                  fromSource
                ),
                turns,
                blocks: blocks('The answer, block by block, in the structured form ($defs/block).')
              }
            }
          },
          'Questions and their answers, in order.',
          ['inferred']
        ),
        body: doc(strings, 'Plain paragraphs of an article’s body (or what stands outside the questions).', fromSource),
        about: doc(strings, 'Plain paragraphs about the people (a bio).', fromSource),
        notes: doc(strings, 'Plain paragraphs of editorial notes.', fromSource),
        footnotes: doc(
          {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'number', 'label', 'text', 'blocks', 'refs'],
              properties: {
                id: doc({type: 'string', pattern: '^fn[1-9][0-9]*$'}, 'Anchor of the note (`fn1`…).', computed),
                number: doc({type: 'integer', minimum: 1}, 'Number of the note, from 1.', computed),
                label: doc(text, 'The label as the source wrote it.', fromSource),
                text: doc(strings, 'Plain paragraphs of the note.', fromSource),
                blocks: blocks('The note, block by block.'),
                refs: doc(
                  {type: 'array', items: {type: 'string', pattern: '^fnref[1-9][0-9]*(?:-[0-9]+)?$'}},
                  'Anchors of the markers pointing to it (`fnref1`, `fnref1-2`).',
                  computed
                )
              }
            }
          },
          'Numbered notes the text points to (Markdown [^1], scraped [1] markers with a trailing "References" list). The plain texts show each marker as [number]; `refs` are the anchors of the markers (fnref1, fnref1-2) in every format.',
          ['inferred']
        ),
        blocks: doc(
          {
            type: 'object',
            additionalProperties: false,
            required: ['intro', 'body', 'about', 'notes'],
            properties: {
              intro: blocks('Intro'),
              body: blocks('Article body'),
              about: blocks('Bio'),
              notes: blocks('Editorial notes')
            }
          },
          'The structured form of intro, body, about and notes (answers: qa[].blocks): every block with its kind, so a table comes back as rows and cells and a list as items.',
          fromSource
        ),
        truncated: doc({type: 'boolean'}, 'True when the source stops mid-sentence.', ['inferred']),
        removed: doc(
          {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['line', 'text', 'reason', 'rule'],
              properties: {
                line: doc({type: 'integer', minimum: 1}, 'Line number in the source file.', computed),
                text: doc(str, 'The line as it was.', fromSource),
                reason: doc(text, 'Why it was removed (“Read more link”).', ['inferred', 'editor']),
                rule: doc(text, 'Stable id of the rule (`chrome/read-more`).', computed)
              }
            }
          },
          'Source lines not kept as content, each with why (the rest of the ledger is in dossier.sqlite’s `ledger`).',
          ['inferred', 'editor']
        ),
        warnings: doc(
          {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['code', 'message', 'line'],
              properties: {
                code: doc(text, 'Stable rule id of the warning.', computed),
                message: doc(text, 'What the normalizer noticed, in English.', computed),
                line: doc({type: ['integer', 'null']}, 'Source line, or null.', computed)
              }
            }
          },
          'What the normalizer was unsure of.',
          computed
        ),
        source: doc(
          {
            type: 'object',
            additionalProperties: false,
            required: ['path', 'sha256', 'bytes', 'format', 'meta'],
            properties: {
              path: doc(str, 'Source file, relative to the sources folder.', computed),
              sha256: doc({type: 'string', pattern: '^[0-9a-f]{64}$'}, 'SHA-256 of its bytes (hex).', computed),
              bytes: doc({type: 'integer', minimum: 1}, 'Its size.', computed, 'bytes'),
              format: doc({enum: ['txt', 'md', 'html']}, 'How it was read.', computed),
              meta: doc(nullableStr, 'Its sidecar (`NAME.meta.yaml`), or null.', computed)
            }
          },
          'The source file this publication was made from.',
          computed
        ),
        stats: doc(
          {
            type: 'object',
            additionalProperties: false,
            required: ['words', 'readingMinutes'],
            properties: {
              words: doc(
                {type: 'integer', minimum: 0},
                'Words of the text, counted with Intl.Segmenter in scripts written without spaces.',
                computed,
                'words'
              ),
              readingMinutes: doc(
                {type: 'integer', minimum: 1},
                'Reading time at 230 words a minute, at least 1.',
                computed,
                'minutes'
              )
            }
          },
          'Length.',
          computed
        )
      }
    },
    block: {
      description:
        'One block with its kind: paragraph {text}; heading {level 1-6, text}; list {ordered, start (null when unordered), items: one array of blocks per item, so lists nest}; table {align per column, header cells, rows of cells, all plain text}; blockquote {blocks}; thematicBreak {}; code {lang, text}.',
      'x-provenance': fromSource,
      oneOf: [
        kind('paragraph', {text: str}),
        kind('heading', {level: {type: 'integer', minimum: 1, maximum: 6}, text: str}),
        kind('list', {
          ordered: {type: 'boolean'},
          start: {type: ['integer', 'null']},
          items: {type: 'array', items: {type: 'array', items: {$ref: '#/$defs/block'}}}
        }),
        kind('table', {
          align: {type: 'array', items: {enum: ['left', 'right', 'center', null]}},
          header: strings,
          rows: {type: 'array', items: strings}
        }),
        kind('blockquote', {blocks: {type: 'array', items: {$ref: '#/$defs/block'}}}),
        kind('thematicBreak', {}),
        kind('code', {lang: nullableStr, text: str})
      ]
    }
  }
} as const

const publicationIdField = doc(
  {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'},
  'The publication (`id` in publications.json).',
  ['computed', 'editor']
)
const qaRowFields = {
  publicationId: publicationIdField,
  publicationTitle: doc(text, 'Its title.', [...found, 'source']),
  publicationDate: doc(nullableStr, 'Its date: YYYY, YYYY-MM or YYYY-MM-DD, or null.', found),
  publicationLang: doc({type: 'string', pattern: langPattern}, 'Its language (BCP 47).', found),
  questionId: doc({type: 'string', pattern: '^q[1-9][0-9]*$'}, 'Anchor of the question (`q1`…).', computed),
  questionNumber: doc({type: 'integer', minimum: 1}, 'Number of the question, from 1.', computed),
  asker,
  askerAffiliation,
  question: doc(text, 'The question as plain text.', fromSource),
  answerer,
  answererAffiliation,
  answer: doc(strings, 'Plain paragraphs of the answer.', fromSource),
  turns
}

export const qaRowSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${base}qa-row.schema.json`,
  title: 'One line of qa.jsonl: a question and its answer',
  type: 'object',
  additionalProperties: false,
  required: Object.keys(qaRowFields),
  properties: qaRowFields
} as const

const csvField = (name: keyof typeof qaRowFields, type: 'string' | 'integer' | 'array', extra: object = {}) => {
  const field = qaRowFields[name] as {description: string; 'x-provenance': Provenance[]}
  return {name, type, description: field.description, 'x-provenance': field['x-provenance'], ...extra}
}

/**
 * Frictionless Table Schema for qa.csv (https://datapackage.org/standard/table-schema/): the same
 * columns, names and order as each line of qa.jsonl; null is an empty cell.
 */
export const qaTableSchema = {
  fields: [
    csvField('publicationId', 'string', {constraints: {required: true}}),
    csvField('publicationTitle', 'string'),
    csvField('publicationDate', 'string'),
    csvField('publicationLang', 'string', {constraints: {required: true}}),
    csvField('questionId', 'string', {constraints: {required: true}}),
    csvField('questionNumber', 'integer', {constraints: {required: true, minimum: 1}}),
    csvField('asker', 'string', {description: 'Who asked, as the source labelled the turn; empty when unlabelled'}),
    csvField('askerAffiliation', 'string', {
      description: 'What the asker’s label says in brackets (“Reporter (Reuters):” → Reuters); empty without one'
    }),
    csvField('question', 'string'),
    csvField('answerer', 'string', {
      description: 'Who answered, as the source labelled the turn; empty when unlabelled'
    }),
    csvField('answererAffiliation', 'string', {
      description: 'What the first answerer’s label says in brackets; empty without one'
    }),
    csvField('answer', 'string', {description: 'Plain paragraphs of the answer, separated by a blank line'}),
    csvField('turns', 'array', {
      description:
        'The answer’s speakers’ turns as a JSON array, as in qa.jsonl: `[{"speaker": "Minister Okafor", "affiliation": null, "paragraphs": 1}, …]`, one object per change of speaker (`speaker` null without a label, `affiliation` what the label says in brackets or null), `paragraphs` of the answer each'
    })
  ],
  missingValues: [''],
  primaryKey: ['publicationId', 'questionId']
} as const

/**
 * JSON Schema 2020-12 for every JSON file of the dataset, and a Frictionless Table Schema for the
 * CSV (https://specs.frictionlessdata.io/table-schema/). Published next to the data so analysts'
 * tools can validate what they load. They live in core, not in the dataset renderer, because core
 * checks every publication against them before any renderer sees it (`validate-record.ts`).
 */
import {langPattern} from '../read/schemas.js'

const base = 'https://dossier.invalid/schema/'
const str = {type: 'string'}
/** A required text that may not be empty (titles, questions, names): core derives or rejects, never publishes ''. */
const text = {type: 'string', minLength: 1, pattern: '\\S'}
const nullableStr = {type: ['string', 'null']}
const strings = {type: 'array', items: str}
const provenance = {source: {enum: ['editor', 'inferred']}, evidence: str}
/** Who asked or answered a turn: the name the source printed before it, or null. */
const speaker = (who: string) =>
  ({
    description: `${who}, as the source labelled the turn ("Minister Okafor", "Marc Fesneau", "何明远"; white space and direction controls cleaned, no colon), or null when the source printed no label.`,
    type: ['string', 'null'],
    minLength: 1,
    pattern: '\\S'
  }) as const
const asker = speaker('Who asked the question')
const answerer = speaker('Who answered')
/** An array of structured blocks (`$defs/block`). */
const blocks = (description: string) => ({description, type: 'array', items: {$ref: '#/$defs/block'}}) as const
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
    collection: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'title', 'description', 'publisher', 'lang', 'rights'],
      properties: {id: str, title: str, description: str, publisher: str, lang: str, rights: str, baseUrl: nullableStr}
    },
    edition: {
      description: 'Build date: SOURCE_DATE_EPOCH or the latest publication date, never the wall clock.',
      type: 'string',
      format: 'date-time'
    },
    publications: {type: 'array', items: {$ref: '#/$defs/publication'}}
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
        id: {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'},
        kind: {enum: ['interview', 'article']},
        title: text,
        subtitle: nullableStr,
        date: {
          oneOf: [
            {type: 'null'},
            {
              type: 'object',
              additionalProperties: false,
              required: ['value', 'precision', 'source', 'evidence'],
              properties: {
                value: {type: 'string', pattern: '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$'},
                precision: {enum: ['year', 'month', 'day']},
                ...provenance
              }
            }
          ]
        },
        lang: {type: 'string', pattern: langPattern},
        blockLanguages: {
          description:
            "Paragraphs whose language or direction differs from the publication's (an Urdu stanza in an English interview): where (part, question number for answers, 0-based paragraph index) and what.",
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['part', 'question', 'index', 'lang', 'dir'],
            properties: {
              part: {enum: ['intro', 'answer', 'body', 'about', 'notes']},
              question: {type: ['integer', 'null'], minimum: 1},
              index: {type: 'integer', minimum: 0},
              lang: {type: 'string', pattern: langPattern},
              dir: {enum: ['ltr', 'rtl']}
            }
          }
        },
        url: nullableStr,
        people: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'role', 'affiliation', 'source', 'evidence'],
            properties: {
              name: text,
              role: {enum: ['interviewee', 'interviewer', 'author']},
              affiliation: nullableStr,
              ...provenance
            }
          }
        },
        outlets: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'role', 'url', 'source', 'evidence'],
            properties: {
              name: text,
              role: {enum: ['original', 'republisher']},
              detail: str,
              url: nullableStr,
              ...provenance
            }
          }
        },
        intro: strings,
        qa: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'number', 'sourceNumber', 'asker', 'question', 'answerer', 'answer', 'blocks'],
            properties: {
              id: {type: 'string', pattern: '^q[1-9][0-9]*$'},
              number: {type: 'integer', minimum: 1},
              sourceNumber: nullableStr,
              asker,
              question: text,
              answerer,
              answer: {
                ...strings,
                description:
                  'Plain paragraphs of the answer (a table or list is one run of text; thematic breaks are left out).'
              },
              blocks: blocks('The answer, block by block, in the structured form ($defs/block).')
            }
          }
        },
        body: strings,
        about: strings,
        notes: strings,
        footnotes: {
          description:
            'Numbered notes the text points to (Markdown [^1], scraped [1] markers with a trailing "References" list). The plain texts show each marker as [number]; `refs` are the anchors of the markers (fnref1, fnref1-2) in every format.',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'number', 'label', 'text', 'blocks', 'refs'],
            properties: {
              id: {type: 'string', pattern: '^fn[1-9][0-9]*$'},
              number: {type: 'integer', minimum: 1},
              label: {...text, description: 'The label as the source wrote it.'},
              text: strings,
              blocks: blocks('The note, block by block.'),
              refs: {type: 'array', items: {type: 'string', pattern: '^fnref[1-9][0-9]*(?:-[0-9]+)?$'}}
            }
          }
        },
        blocks: {
          description:
            'The structured form of intro, body, about and notes (answers: qa[].blocks): every block with its kind, so a table comes back as rows and cells and a list as items.',
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
        truncated: {type: 'boolean'},
        removed: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['line', 'text', 'reason', 'rule'],
            properties: {line: {type: 'integer', minimum: 1}, text: str, reason: text, rule: text}
          }
        },
        warnings: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['code', 'message', 'line'],
            properties: {code: text, message: text, line: {type: ['integer', 'null']}}
          }
        },
        source: {
          type: 'object',
          additionalProperties: false,
          required: ['path', 'sha256', 'bytes', 'format', 'meta'],
          properties: {
            path: str,
            sha256: {type: 'string', pattern: '^[0-9a-f]{64}$'},
            bytes: {type: 'integer', minimum: 1},
            format: {enum: ['txt', 'md', 'html']},
            meta: nullableStr
          }
        },
        stats: {
          type: 'object',
          additionalProperties: false,
          required: ['words', 'readingMinutes'],
          properties: {words: {type: 'integer', minimum: 0}, readingMinutes: {type: 'integer', minimum: 1}}
        }
      }
    },
    block: {
      description:
        'One block with its kind: paragraph {text}; heading {level 1-6, text}; list {ordered, start (null when unordered), items: one array of blocks per item, so lists nest}; table {align per column, header cells, rows of cells, all plain text}; blockquote {blocks}; thematicBreak {}; code {lang, text}.',
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

export const qaRowSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${base}qa-row.schema.json`,
  title: 'One line of qa.jsonl: a question and its answer',
  type: 'object',
  additionalProperties: false,
  required: [
    'publicationId',
    'publicationTitle',
    'publicationDate',
    'id',
    'number',
    'asker',
    'question',
    'answerer',
    'answer'
  ],
  properties: {
    publicationId: {type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$'},
    publicationTitle: text,
    publicationDate: nullableStr,
    id: {type: 'string', pattern: '^q[1-9][0-9]*$'},
    number: {type: 'integer', minimum: 1},
    asker,
    question: text,
    answerer,
    answer: strings
  }
} as const

/** Frictionless Table Schema for qa.csv. */
export const qaTableSchema = {
  fields: [
    {name: 'publication_id', type: 'string', constraints: {required: true}},
    {name: 'publication_title', type: 'string'},
    {name: 'publication_date', type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD'},
    {name: 'question_id', type: 'string', constraints: {required: true}},
    {name: 'number', type: 'integer', constraints: {required: true, minimum: 1}},
    {name: 'asker', type: 'string', description: 'Who asked, as the source labelled the turn; empty when unlabelled'},
    {name: 'question', type: 'string'},
    {
      name: 'answerer',
      type: 'string',
      description: 'Who answered, as the source labelled the turn; empty when unlabelled'
    },
    {name: 'answer', type: 'string', description: 'Paragraphs separated by a blank line'}
  ],
  primaryKey: ['publication_id', 'question_id']
} as const

/**
 * JSON Schemas (2020-12 vocabulary, checked with ajv) for what editors write by hand.
 * Unknown fields are errors: a typo must not be silently ignored.
 */
export const idPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$'
export const datePattern = '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$'
export const langPattern = '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$'
const nullableString = {type: ['string', 'null']}

export const overridesSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: {type: 'string', pattern: idPattern, maxLength: 120},
    kind: {enum: ['interview', 'article']},
    title: {type: 'string', minLength: 1},
    subtitle: nullableString,
    date: {type: ['string', 'null'], pattern: datePattern},
    lang: {type: 'string', pattern: langPattern},
    url: {type: ['string', 'null'], pattern: '^https?://'},
    people: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'role'],
        properties: {
          name: {type: 'string', minLength: 1},
          role: {enum: ['interviewee', 'interviewer', 'author']},
          affiliation: nullableString
        }
      }
    },
    outlets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'role'],
        properties: {
          name: {type: 'string', minLength: 1},
          role: {enum: ['original', 'republisher']},
          detail: nullableString,
          url: {type: ['string', 'null'], pattern: '^https?://'}
        }
      }
    }
  }
} as const

export const collectionSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: {type: 'string', pattern: idPattern},
    title: {type: 'string'},
    description: {type: 'string'},
    publisher: {type: 'string'},
    lang: {type: 'string', pattern: langPattern},
    language: {type: 'string', pattern: langPattern},
    rights: {type: 'string'},
    baseUrl: {type: ['string', 'null'], pattern: '^https?://'},
    paper: {enum: ['a4', 'letter']},
    briefingFullTexts: {type: 'integer', minimum: 0},
    briefingKeyPoints: {type: 'integer', minimum: 0},
    searchFullTexts: {type: 'integer', minimum: 0},
    searchShardSize: {type: 'integer', minimum: 1}
  }
} as const

export type * from './lib/model/publication.js'
export type * from './lib/model/output.js'
export type * from './lib/model/format.js'
export {byteLength, headOf, ownerOf, renderWhole} from './lib/model/compose.js'
export type * from './lib/model/overrides.js'
export {idRe, publicationId, questionId} from './lib/model/ids.js'
export {answerTurns, type TurnBlocks} from './lib/model/answer-turns.js'
export {normalizeSource, type NormalizeOptions} from './lib/normalize/index.js'
export {
  buildCorpus,
  idRegistry,
  collectionFileStems,
  reservedIds,
  parseCollection,
  resolveBuildDate,
  defaultCollection,
  type CorpusInput,
  type IdClaim,
  type IdSettlement
} from './lib/corpus.js'
export {formatMessage, messageAt, printable} from './lib/messages.js'
export {decodeYamlFile} from './lib/read/decode.js'
export {
  blockToHast,
  inlineToHast,
  footnotesToHast,
  type NoteOptions,
  type FootnotesOptions
} from './lib/to-hast/index.js'
export {blockKinds, blockKindOf, missingHandlers, type Handlers} from './lib/model/block-kinds.js'
export {creditsOf, isCreator, relatorCodes, type Credits} from './lib/model/credits.js'
export {isNotesHeading} from './lib/normalize/read-notes.js'
export {
  classFor,
  decodeRoles,
  editorRoles,
  fitRoles,
  lineFeatures,
  parseRoleLabels,
  physicalLines,
  readRoles,
  roleClasses,
  roleModel,
  shapeRoleModel,
  type FeatureRow,
  type FitOptions,
  type RoleClass,
  type RoleDecision,
  type RoleExample,
  type RoleModel
} from './lib/normalize/roles/index.js'
export {countWords, statsOf, wordsPerMinute} from './lib/text/stats.js'
export {chromeRules} from './lib/normalize/strip-chrome.js'
export {formatDate, formatDateValue, joinNames} from './lib/text/format.js'
export {assetsKey, contentKey} from './lib/model/content-key.js'
export {decodeReferences, repairMojibake} from './lib/text/repair-encoding.js'
export {smarten} from './lib/text/typography.js'
export {blockLanguage, type BlockLanguage} from './lib/text/block-language.js'
export {directionOf, scriptsOf} from './lib/text/scripts.js'
export {
  faceCharacters,
  faceFilePath,
  scriptCharactersOf,
  scriptFaces,
  scriptFacesFor,
  unicodeRangeOf,
  type FaceFile,
  type FaceWeight,
  type ScriptFace
} from './lib/text/script-faces.js'
export {speakerName} from './lib/text/speaker-name.js'
export {publicationsSchema, qaRowSchema, qaTableSchema, schemaVocabulary} from './lib/record/schemas.js'
export {sqliteTables, type ColumnSpec, type TableSpec, type TableName} from './lib/record/tables.js'
export {provenances, type Provenance} from './lib/record/provenance.js'
export {entityId, normalizeName, outletId, personId} from './lib/record/entity-ids.js'
export {
  toCollectionRow,
  toQaRows,
  toTableRows,
  type CellValue,
  type QaRow,
  type TableRows
} from './lib/record/to-rows.js'
export {toRecord, type PublicationRecord} from './lib/record/to-record.js'
export {structuredHandlers, toStructuredBlocks, type StructuredBlock} from './lib/record/to-blocks.js'
export {validatePublication} from './lib/record/validate-record.js'
export {interfaceWords, languages, type Words, type Terms, type TermKey, type PluralTerm} from './lib/i18n/index.js'
export {
  present,
  pageAddress,
  browseCollection,
  citationRecordOf,
  cslName,
  dateParts,
  escapeBibtex,
  presentCollection,
  summaryOf,
  editionDateOf,
  briefingFullTextWords,
  briefingHoldsFullTexts,
  briefingPlanOf,
  dateText,
  keyPointsShown,
  leadSentence,
  groupRemoved,
  questionTraces,
  presentSpeakers,
  speakerLabel,
  byDate,
  indexPeople,
  nameKey,
  nameSlug,
  peopleOf,
  sameNameReason,
  slugOf,
  turnOwners,
  commaOf,
  colonOf,
  parenthesized,
  semicolonOf,
  quote,
  formatBytes,
  runsText
} from './lib/presentation/index.js'
export type * from './lib/presentation/index.js'

import type {Lexicon} from '../types.js'

/**
 * Input words in Romanian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  outletNoun: ['postul de televiziune', 'postul de radio'],
  sourceLabel: ['sursa'],
  writerLabel: ['articol de', 'autor'],
  roleLabel: ['realizator', 'moderator', 'reporter'],
  intervieweeLead: ['interviu cu']
} as const satisfies Lexicon

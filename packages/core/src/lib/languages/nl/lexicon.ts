import type {Lexicon} from '../types.js'

/**
 * Input words in Dutch, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  questionPrefix: ['vraag'],
  answerPrefix: ['antwoord'],
  byName: ['door'],
  intervieweeLead: ['vragen aan', 'interview met']
} as const satisfies Lexicon

import type {Lexicon} from '../types.js'

/**
 * Input words in Ukrainian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  outletNoun: ['радіо', 'газета', 'агентство'],
  sourceLabel: ['джерело'],
  reporterWord: ['кореспондент'],
  mastheadWord: ['радіо', 'газета', 'агентство'],
  pressConference: ['пресконференція', 'брифінг'],
  writerLabel: ['автор'],
  interviewerLabel: ['розмовляв', 'розмовляла']
} as const satisfies Lexicon

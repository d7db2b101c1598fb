import type {Lexicon} from '../types.js'

/**
 * Input words in Bengali, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  mastheadWord: ['দৈনিক', 'সাপ্তাহিক'],
  writerLabel: ['লিখেছেন', 'লেখক']
} as const satisfies Lexicon

import type {Lexicon} from '../types.js'

/**
 * Input words in Hebrew, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  outletLead: ['ל'],
  sourceLabel: ['מקור']
} as const satisfies Lexicon

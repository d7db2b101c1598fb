import type {Lexicon} from '../types.js'

/**
 * Input words in Czech, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  askingRole: ['moderátor', 'moderátorka', 'redaktor', 'redaktorka', 'novinář', 'novinářka']
} as const satisfies Lexicon

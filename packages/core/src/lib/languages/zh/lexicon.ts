import type {Lexicon} from '../types.js'

/** Input words, by concept. */
export const lexicon = {} as const satisfies Lexicon

import type {Lexicon} from '../types.js'

/**
 * Input words in Indonesian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  outletNoun: ['majalah', 'harian', 'tabloid'],
  sourceLabel: ['sumber'],
  mastheadWord: ['harian', 'majalah'],
  pressConference: ['konferensi pers', 'jumpa pers'],
  writerLabel: ['penulis'],
  interviewerLabel: ['pewawancara'],
  intervieweeLead: ['wawancara dengan', 'wawancara khusus dengan']
} as const satisfies Lexicon

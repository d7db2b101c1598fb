import type {Lexicon} from '../types.js'

/**
 * Input words in Vietnamese, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  repostedFrom: ['theo'],
  sourceLabel: ['nguồn'],
  mastheadWord: ['đài', 'báo', 'tạp chí'],
  pressConference: ['họp báo'],
  writerLabel: ['tác giả'],
  republishes: ['xin giới thiệu lại', 'giới thiệu lại']
} as const satisfies Lexicon

import type {Lexicon} from '../types.js'

/**
 * Input words in Belarusian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['і'],
  honorific: ['міністр', 'прэзідэнт', 'пасол', 'спадар', 'спадарыня'],
  commentForm: ['ваш адрас электроннай пошты не будзе апублікаваны', 'пакінуць каментар'],
  nextPage: ['наступная старонка'],
  readOn: ['чытаць далей'],
  login: ['увайсці', 'рэгістрацыя'],
  skipTo: ['перайсці да зместу'],
  questionPrefix: ['пытанне'],
  answerPrefix: ['адказ'],
  interviewCue: ["інтэрв'ю", 'інтэрв’ю', 'інтэрвʼю', 'гутарка'],
  askingRole: ['журналіст', 'вядучы', 'вядучая', 'карэспандэнт'],
  closingThanks: ['дзякуй'],
  alsoRead: ['чытайце таксама']
} as const satisfies Lexicon

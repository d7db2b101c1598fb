import type {Lexicon} from '../types.js'

/**
 * Input words in Swahili, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  honorific: ['bwana', 'bi', 'mheshimiwa', 'waziri', 'rais', 'balozi', 'meya', 'msemaji', 'jaji'],
  postedBy: ['imewekwa na', 'imeandikwa na'],
  noComments: ['hakuna maoni'],
  commentForm: ['barua pepe yako haitachapishwa', 'acha jibu', 'andika maoni', 'tuma maoni', 'chapisha maoni'],
  nextPage: ['ukurasa unaofuata'],
  readOn: ['endelea kusoma', 'soma zaidi', 'soma habari kamili'],
  login: ['ingia', 'jisajili'],
  skipTo: ['ruka hadi maudhui', 'nenda kwenye maudhui'],
  questionLetter: ['s'],
  answerLetter: ['j'],
  questionPrefix: ['swali'],
  answerPrefix: ['jibu'],
  questionNumberLead: ['swali'],
  interviewCue: ['mahojiano'],
  askingRole: ['mwandishi', 'mtangazaji', 'mhoji'],
  roleLabel: ['mwandishi', 'mtangazaji', 'mhoji', 'mgeni'],
  answeringRole: ['mgeni', 'msemaji', 'waziri'],
  pressConference: ['mkutano na waandishi wa habari'],
  sourceLabel: ['chanzo'],
  writerLabel: ['mwandishi'],
  closingThanks: ['asante', 'asante sana', 'ahsante', 'ahsante sana'],
  greeting: ['karibu', 'hujambo', 'shikamoo'],
  readMore: ['soma zaidi', 'endelea kusoma'],
  alsoRead: ['soma pia', 'soma zaidi'],
  related: ['habari zinazohusiana'],
  share: ['shiriki'],
  published: ['imechapishwa'],
  commentsPrompt: ['maoni'],
  mastheadWord: ['gazeti', 'redio', 'televisheni'],
  languageName: ['kiswahili']
} as const satisfies Lexicon

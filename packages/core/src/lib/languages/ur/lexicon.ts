import type {Lexicon} from '../types.js'

/**
 * Input words in Urdu, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedBy: ['پوسٹ کردہ', 'تحریر'],
  noComments: ['کوئی تبصرہ نہیں'],
  commentForm: [
    'آپ کا ای میل ایڈریس شائع نہیں کیا جائے گا',
    'جواب دیں',
    'جواب منسوخ کریں',
    'تبصرہ شائع کریں',
    'اپنا تبصرہ بھیجیں'
  ],
  nextPage: ['اگلا صفحہ'],
  readOn: ['مزید پڑھیں', 'مزید پڑھئے', 'مکمل خبر پڑھیں'],
  login: ['لاگ ان'],
  skipTo: ['مواد پر جائیں'],
  related: ['متعلقہ خبریں'],
  alsoRead: ['یہ بھی پڑھیں', 'مزید پڑھیں'],
  share: ['شیئر', 'شیئر کریں'],
  home: ['سرورق'],
  commentsPrompt: ['تبصرہ کریں', 'اپنی رائے دیں', 'تبصرے'],
  commentWord: ['تبصرے'],
  published: ['شائع'],
  languageName: ['اردو'],
  newsroom: ['ڈیسک'],
  questionLetter: ['س'],
  answerLetter: ['ج'],
  questionPrefix: ['سوال'],
  answerPrefix: ['جواب'],
  interviewCue: ['انٹرویو', 'گفتگو'],
  repostedFrom: ['بشکریہ'],
  writerLabel: ['تحریر'],
  closingThanks: ['شکریہ', 'بہت شکریہ'],
  greeting: ['السلام علیکم'],
  askingRole: ['میزبان', 'صحافی', 'رپورٹر'],
  roleLabel: ['میزبان', 'صحافی', 'رپورٹر']
} as const satisfies Lexicon

import type {Lexicon} from '../types.js'

/**
 * Input words in Bengali, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedBy: ['পোস্ট করেছেন', 'লিখেছেন'],
  noComments: ['কোন মন্তব্য নেই', 'কোনো মন্তব্য নেই'],
  commentForm: [
    'আপনার ই-মেইল এ্যাড্রেস প্রকাশিত হবে না',
    'আপনার ইমেইল ঠিকানা প্রকাশ করা হবে না',
    'একটি উত্তর দিন',
    'মন্তব্য করুন',
    'মন্তব্য প্রকাশ করুন',
    'উত্তর বাতিল'
  ],
  nextPage: ['পরের পাতা', 'পরবর্তী পৃষ্ঠা'],
  readOn: ['আরও পড়ুন', 'বিস্তারিত পড়ুন', 'পুরো খবর পড়ুন'],
  login: ['লগইন', 'লগ ইন'],
  skipTo: ['বিষয়বস্তুতে যান', 'কনটেন্টে যান'],
  mastheadWord: ['দৈনিক', 'সাপ্তাহিক'],
  writerLabel: ['লিখেছেন', 'লেখক'],
  questionLetter: ['প্র'],
  answerLetter: ['উ'],
  questionPrefix: ['প্রশ্ন'],
  answerPrefix: ['উত্তর'],
  questionNumberLead: ['প্রশ্ন'],
  interviewCue: ['সাক্ষাৎকার', 'সাক্ষাত্কার'],
  askingRole: ['সাংবাদিক', 'উপস্থাপক', 'সঞ্চালক'],
  roleLabel: ['সাংবাদিক', 'উপস্থাপক', 'সঞ্চালক'],
  pressConference: ['সংবাদ সম্মেলন'],
  sourceLabel: ['সূত্র'],
  closingThanks: ['ধন্যবাদ'],
  greeting: ['স্বাগতম'],
  alsoRead: ['আরও পড়ুন'],
  related: ['সম্পর্কিত খবর'],
  share: ['শেয়ার'],
  published: ['প্রকাশিত'],
  updated: ['আপডেট'],
  home: ['প্রচ্ছদ']
} as const satisfies Lexicon

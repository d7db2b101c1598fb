import type {Lexicon} from '../types.js'

/**
 * Input words in Malay, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['dan'],
  postedIn: ['ditulis dalam', 'kategori'],
  honorific: [
    'encik',
    'puan',
    'tuan',
    "dato'",
    'dato’',
    'datuk',
    'datin',
    'tan sri',
    'menteri',
    'presiden',
    'perdana menteri'
  ],
  postedBy: ['dicatat oleh', 'ditulis oleh'],
  noComments: ['tiada ulasan', 'tiada komen'],
  commentForm: [
    'alamat e-mel anda tidak akan disiarkan',
    'ruangan yang diperlukan ditanda',
    'tinggalkan balasan',
    'tinggalkan komen',
    'batal balas',
    'hantar komen',
    'catat ulasan'
  ],
  nextPage: ['halaman seterusnya', 'seterusnya'],
  readOn: ['baca selanjutnya', 'baca lagi', 'teruskan membaca'],
  login: ['log masuk'],
  skipTo: ['langkau ke kandungan', 'lompat ke kandungan'],
  questionLetter: ['s'],
  answerLetter: ['j'],
  questionPrefix: ['soalan'],
  answerPrefix: ['jawapan'],
  interviewCue: ['temu bual', 'wawancara'],
  closingThanks: ['terima kasih'],
  alsoRead: ['baca juga'],
  sourceLabel: ['sumber']
} as const satisfies Lexicon

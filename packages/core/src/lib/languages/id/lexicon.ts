import type {Lexicon} from '../types.js'

/**
 * Input words in Indonesian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['dan'],
  postedIn: ['ditulis dalam', 'diposting di', 'kategori'],
  shareButton: [
    'kirimkan ini lewat email',
    'berbagi ke x',
    'berbagi ke twitter',
    'berbagi ke facebook',
    'bagikan ke pinterest'
  ],
  honorific: [
    'bapak',
    'pak',
    'ibu',
    'bu',
    'menteri',
    'presiden',
    'duta besar',
    'gubernur',
    'bupati',
    'wali kota',
    'walikota',
    'juru bicara',
    'jubir',
    'jenderal',
    'wakil presiden'
  ],
  postedBy: ['diposting oleh', 'ditulis oleh', 'dikirim oleh'],
  noComments: ['tidak ada komentar', 'belum ada komentar'],
  commentForm: [
    'alamat email anda tidak akan dipublikasikan',
    'alamat email anda tidak akan ditampilkan',
    'ruas yang wajib ditandai',
    'simpan nama, email, dan situs web saya',
    'tinggalkan balasan',
    'tinggalkan komentar',
    'batalkan balasan',
    'kirim komentar',
    'poskan komentar'
  ],
  nextPage: ['selanjutnya', 'halaman selanjutnya', 'halaman berikutnya'],
  readOn: ['baca selengkapnya', 'selengkapnya', 'baca lanjutannya', 'lanjut membaca'],
  login: ['daftar'],
  skipTo: ['langsung ke konten', 'lompat ke konten', 'loncat ke konten'],
  outletNoun: ['majalah', 'harian', 'tabloid'],
  sourceLabel: ['sumber'],
  mastheadWord: ['harian', 'majalah'],
  pressConference: ['konferensi pers', 'jumpa pers'],
  writerLabel: ['penulis'],
  interviewerLabel: ['pewawancara'],
  intervieweeLead: ['wawancara dengan', 'wawancara khusus dengan'],
  questionLetter: ['t'],
  answerLetter: ['j'],
  questionPrefix: ['tanya', 'pertanyaan'],
  answerPrefix: ['jawab', 'jawaban'],
  interviewCue: ['wawancara'],
  askingRole: ['wartawan', 'pewawancara', 'pembawa acara'],
  roleLabel: ['wartawan', 'pewawancara', 'pembawa acara'],
  answeringRole: ['narasumber', 'juru bicara'],
  closingThanks: ['terima kasih', 'makasih'],
  greeting: ['selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam'],
  alsoRead: ['baca juga'],
  readMore: ['baca selengkapnya', 'selengkapnya'],
  related: ['berita terkait', 'artikel terkait'],
  share: ['bagikan'],
  published: ['diterbitkan', 'dipublikasikan'],
  updated: ['diperbarui'],
  home: ['beranda'],
  commentsPrompt: ['komentar']
} as const satisfies Lexicon

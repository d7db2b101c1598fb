import type {Lexicon} from '../types.js'

/**
 * Input words in Turkish, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['ve'],
  postedIn: ['kategori', 'kategoriler', 'yayınlandığı yer'],
  shareButton: [
    'bunu e-postayla gönder',
    'bunu bloglayın!',
    "x'te paylaş",
    "twitter'da paylaş",
    "facebook'ta paylaş",
    "pinterest'te paylaş"
  ],
  honorific: ['sayın', 'bakan', 'cumhurbaşkanı', 'başbakan', 'büyükelçi', 'sözcü', 'doç', 'vali', 'bakan yardımcısı'],
  postedBy: ['gönderen', 'yazan'],
  noComments: ['yorum yok', 'henüz yorum yok', 'yorum yapılmamış'],
  commentForm: [
    'e-posta hesabınız yayımlanmayacak',
    'e-posta adresiniz yayınlanmayacak',
    'gerekli alanlar',
    'bir sonraki yorumum için',
    'bir yanıt yazın',
    'bir cevap yazın',
    'yanıt iptal',
    'yorum gönder',
    'yorum yap',
    'yorum yaz'
  ],
  nextPage: ['sonraki sayfa'],
  readOn: ['devamını oku', 'devamını okuyun', 'haberin devamı', 'devamı için tıklayın'],
  skipTo: ['içeriğe geç', 'içeriğe atla', 'ana içeriğe geç'],
  followUs: ['bizi takip edin'],
  loadMore: ['daha fazla'],
  related: ['ilgili haberler'],
  alsoRead: ['ayrıca oku', 'ayrıca bakınız', 'ilgili haber', 'ilgili haberler'],
  share: ['paylaş'],
  login: ['giriş yap', 'üye ol', 'kayıt ol', 'oturum aç'],
  home: ['anasayfa', 'ana sayfa'],
  commentsPrompt: ['yorum yap', 'yorumlar'],
  commentWord: ['yorum', 'yorumlar'],
  adLabel: ['reklam'],
  published: ['yayınlanma'],
  updated: ['güncelleme', 'güncellenme'],
  languageName: ['türkçe'],
  questionLetter: ['s'],
  answerLetter: ['c'],
  questionPrefix: ['soru'],
  answerPrefix: ['cevap'],
  questionNumberLead: ['soru'],
  interviewCue: ['mülakat', 'röportaj'],
  dateLabelTail: ['tarihi'],
  outletTail: [
    "'ye konuştu",
    "'ye konuştuğu",
    "'e konuştu",
    "'e konuştuğu",
    "'a konuştu",
    "'a konuştuğu",
    "'ya konuştu",
    "'ya konuştuğu"
  ],
  sourceLabel: ['kaynak'],
  mastheadWord: ['gazetesi', 'dergisi', 'radyo'],
  pressConference: ['basın toplantısı'],
  writerLabel: ['yazar'],
  interviewerLabel: ['röportaj'],
  askingRole: ['muhabir', 'sunucu', 'moderatör'],
  closingThanks: ['teşekkürler', 'teşekkür ederim', 'çok teşekkürler'],
  greeting: ['merhaba', 'günaydın', 'iyi akşamlar', 'hoş geldiniz'],
  roleLabel: ['muhabir', 'sunucu'],
  answeringRole: ['konuk', 'sözcü']
} as const satisfies Lexicon

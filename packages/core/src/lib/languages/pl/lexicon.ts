import type {Lexicon} from '../types.js'

/**
 * Input words in Polish, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['i', 'oraz'],
  postedIn: ['opublikowano w', 'kategoria', 'kategorie'],
  shareButton: [
    'wyślij przez e-mail',
    'udostępnij w x',
    'udostępnij w usłudze twitter',
    'udostępnij w usłudze facebook',
    'udostępnij w serwisie pinterest'
  ],
  honorific: [
    'pan',
    'pani',
    'minister',
    'prezydent',
    'premier',
    'ambasador',
    'burmistrz',
    'prezydenta',
    'ministra',
    'rzecznik',
    'rzeczniczka',
    'wicepremier',
    'wiceminister',
    'generał',
    'marszałek'
  ],
  postedBy: ['opublikowane przez', 'autor posta'],
  noComments: ['brak komentarzy', 'nie ma komentarzy'],
  commentForm: [
    'twój adres e-mail nie zostanie opublikowany',
    'twój adres email nie zostanie opublikowany',
    'wymagane pola są oznaczone',
    'zapisz moje dane, adres e-mail i witrynę',
    'dodaj komentarz',
    'zostaw komentarz',
    'anuluj pisanie odpowiedzi',
    'opublikuj komentarz',
    'skomentuj'
  ],
  nextPage: ['następna strona'],
  readOn: ['czytaj dalej', 'czytaj więcej', 'czytaj całość'],
  login: ['zaloguj się', 'zaloguj', 'zarejestruj się'],
  skipTo: ['przejdź do treści', 'przejdź do głównej treści', 'przejdź do zawartości', 'przejdź do menu'],
  questionLetter: ['p'],
  answerLetter: ['o'],
  questionPrefix: ['pytanie'],
  answerPrefix: ['odpowiedź'],
  sourceLabel: ['źródło'],
  mastheadWord: ['gazeta', 'radio', 'dziennik', 'tygodnik'],
  pressConference: ['konferencja prasowa'],
  writerLabel: ['autor'],
  interviewerLabel: ['rozmawiał', 'rozmawiała'],
  askingRole: ['dziennikarz', 'dziennikarka', 'prowadzący', 'prowadząca'],
  interviewCue: ['wywiad', 'rozmowa'],
  roleLabel: ['dziennikarz', 'dziennikarka', 'prowadzący', 'prowadząca'],
  answeringRole: ['gość', 'rzecznik', 'rzeczniczka'],
  closingThanks: ['dziękuję', 'dziękujemy', 'dzięki'],
  greeting: ['dzień dobry', 'dobry wieczór', 'witam'],
  alsoRead: ['czytaj także', 'czytaj też', 'zobacz także'],
  readMore: ['czytaj więcej', 'czytaj dalej'],
  share: ['udostępnij'],
  published: ['opublikowano'],
  updated: ['zaktualizowano'],
  commentsPrompt: ['komentarze'],
  home: ['strona główna']
} as const satisfies Lexicon

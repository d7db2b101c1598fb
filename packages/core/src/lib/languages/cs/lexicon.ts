import type {Lexicon} from '../types.js'

/**
 * Input words in Czech, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['a'],
  postedIn: ['publikováno v', 'rubrika', 'kategorie'],
  honorific: [
    'pan',
    'paní',
    'ministr',
    'ministryně',
    'prezident',
    'prezidentka',
    'premiér',
    'premiérka',
    'velvyslanec',
    'velvyslankyně',
    'starosta',
    'starostka',
    'mluvčí',
    'generál',
    'hejtman'
  ],
  postedBy: ['vložil', 'vložila', 'publikoval'],
  noComments: ['žádné komentáře', 'bez komentářů'],
  commentForm: [
    'vaše e-mailová adresa nebude zveřejněna',
    'vyžadované informace jsou označeny',
    'uložit do prohlížeče jméno, e-mail a webovou stránku',
    'napsat komentář',
    'zrušit odpověď na komentář',
    'odeslat komentář',
    'přidat komentář'
  ],
  nextPage: ['další strana', 'další stránka'],
  readOn: ['číst dál', 'číst dále', 'pokračovat ve čtení', 'celý článek'],
  login: ['přihlásit se', 'přihlášení', 'registrace'],
  skipTo: ['přejít na obsah', 'přeskočit na obsah', 'přejít k obsahu', 'přeskočit na hlavní obsah'],
  askingRole: ['moderátor', 'moderátorka', 'redaktor', 'redaktorka', 'novinář', 'novinářka'],
  questionPrefix: ['otázka'],
  answerPrefix: ['odpověď'],
  interviewCue: ['rozhovor'],
  roleLabel: ['moderátor', 'moderátorka', 'redaktor', 'redaktorka'],
  pressConference: ['tisková konference'],
  sourceLabel: ['zdroj'],
  writerLabel: ['autor', 'autorka'],
  closingThanks: ['děkuji', 'děkuji vám', 'děkujeme', 'díky'],
  greeting: ['dobrý den', 'dobrý večer', 'vítejte'],
  related: ['související články'],
  alsoRead: ['čtěte také', 'čtěte též'],
  readMore: ['číst dál', 'číst více'],
  share: ['sdílet'],
  published: ['publikováno', 'zveřejněno'],
  updated: ['aktualizováno'],
  commentsPrompt: ['diskuse', 'komentáře'],
  home: ['hlavní strana'],
  mastheadWord: ['noviny', 'rozhlas', 'deník', 'týdeník', 'televize', 'rádio'],
  interviewerLabel: ['ptal se', 'ptala se', 'rozhovor vedl', 'rozhovor vedla']
} as const satisfies Lexicon

import type {Lexicon} from '../types.js'

/**
 * Input words in Romanian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['și'],
  postedIn: ['publicat în', 'categorie', 'categorii'],
  honorific: [
    'domnul',
    'doamna',
    'dl',
    'dna',
    'ministrul',
    'președintele',
    'premierul',
    'ambasadorul',
    'primarul',
    'purtătorul de cuvânt'
  ],
  postedBy: ['postat de', 'publicat de'],
  noComments: ['niciun comentariu', 'nu există comentarii'],
  commentForm: [
    'adresa ta de email nu va fi publicată',
    'câmpurile obligatorii sunt marcate',
    'lasă un răspuns',
    'lasă un comentariu',
    'anulează răspunsul',
    'publică comentariul'
  ],
  nextPage: ['pagina următoare'],
  readOn: ['citește mai mult', 'citește continuarea', 'citește tot articolul'],
  login: ['autentificare', 'conectare', 'înregistrare'],
  skipTo: ['sari la conținut', 'salt la conținut', 'mergi la conținut'],
  outletNoun: ['postul de televiziune', 'postul de radio'],
  sourceLabel: ['sursa'],
  writerLabel: ['articol de', 'autor'],
  roleLabel: ['realizator', 'moderator', 'reporter'],
  intervieweeLead: ['interviu cu'],
  questionLetter: ['î'],
  answerLetter: ['r'],
  questionPrefix: ['întrebare'],
  answerPrefix: ['răspuns'],
  interviewCue: ['interviu'],
  askingRole: ['reporter', 'realizator', 'moderator', 'jurnalist'],
  closingThanks: ['mulțumesc', 'mulţumesc', 'vă mulțumesc', 'vă mulţumesc'],
  greeting: ['bună ziua', 'bună seara'],
  alsoRead: ['citește și', 'citeşte şi'],
  share: ['distribuie'],
  pressConference: ['conferință de presă', 'conferinţă de presă'],
  mastheadWord: ['ziarul', 'radioul', 'televiziunea', 'jurnalul']
} as const satisfies Lexicon

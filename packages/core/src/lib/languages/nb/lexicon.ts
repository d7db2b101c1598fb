import type {Lexicon} from '../types.js'

/**
 * Input words in Norwegian Bokmål, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['og'],
  postedIn: ['publisert i', 'kategori'],
  honorific: ['herr', 'fru', 'statsminister', 'minister', 'utenriksminister', 'president', 'ambassadør', 'ordfører'],
  postedBy: ['lagt inn av', 'publisert av'],
  noComments: ['ingen kommentarer'],
  commentForm: [
    'din e-postadresse vil ikke bli publisert',
    'obligatoriske felt er merket',
    'legg igjen en kommentar',
    'legg igjen et svar',
    'avbryt svar',
    'publiser kommentar'
  ],
  nextPage: ['neste side'],
  readOn: ['les mer', 'les videre', 'les hele saken'],
  login: ['logg inn', 'registrer deg'],
  skipTo: ['hopp til innhold', 'gå til innhold', 'hopp til hovedinnhold'],
  questionLetter: ['spm', 's'],
  answerLetter: ['sv'],
  questionPrefix: ['spørsmål'],
  answerPrefix: ['svar'],
  interviewCue: ['intervju'],
  askingRole: ['journalist', 'programleder', 'intervjuer'],
  roleLabel: ['journalist', 'programleder', 'intervjuer'],
  pressConference: ['pressekonferanse'],
  sourceLabel: ['kilde'],
  closingThanks: ['takk', 'tusen takk'],
  greeting: ['hei', 'god morgen', 'velkommen'],
  alsoRead: ['les også', 'les mer'],
  readMore: ['les mer'],
  published: ['publisert'],
  updated: ['oppdatert'],
  commentsPrompt: ['kommentarer'],
  home: ['forside'],
  mastheadWord: ['avis', 'avisen', 'nyheter']
} as const satisfies Lexicon

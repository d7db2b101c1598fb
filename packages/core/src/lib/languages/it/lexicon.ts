import type {Lexicon} from '../types.js'

/**
 * Input words in Italian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['e'],
  postedIn: ['pubblicato in', 'archiviato in', 'categoria', 'categorie'],
  shareButton: [
    'invia tramite email',
    'condividi su x',
    'condividi su twitter',
    'condividi su facebook',
    'condividi su pinterest'
  ],
  honorific: [
    'sig',
    'sig.ra',
    'dott',
    'dott.ssa',
    'on',
    'ministro',
    'ministra',
    'presidente',
    'premier',
    'ambasciatore',
    'ambasciatrice',
    'sindaco',
    'sindaca',
    'portavoce',
    'professore',
    'professoressa',
    'generale'
  ],
  noComments: ['nessun commento', 'sii il primo a commentare'],
  commentForm: [
    'il tuo indirizzo email non sarà pubblicato',
    'i campi obbligatori sono contrassegnati',
    'salva il mio nome, email e sito web',
    'lascia un commento',
    'lascia una risposta',
    'annulla risposta',
    'invia commento',
    'pubblica il commento'
  ],
  nextPage: ['pagina successiva', 'pagina seguente'],
  readOn: [
    'continua a leggere',
    'leggi tutto',
    'leggi di più',
    "leggi l'articolo completo",
    'leggi l’articolo completo'
  ],
  login: ['accedi', 'registrati'],
  skipTo: ['vai al contenuto', 'salta al contenuto', 'vai al contenuto principale', 'salta al contenuto principale'],
  commenterSaid: ['ha detto'],
  published: ['pubblicato'],
  updated: ['aggiornato'],
  postedBy: ['pubblicato da', 'scritto da', 'postato da'],
  atTime: ['alle'],
  interviewerLead: ['intervista a cura di'],
  byLead: ['di'],
  byWord: ['da'],
  outletArticle: ['il', 'lo'],
  interviewNoun: ['intervista'],
  questionLetter: ['d'],
  answerLetter: ['r'],
  questionPrefix: ['domanda'],
  answerPrefix: ['risposta'],
  byName: ['di'],
  interviewCue: ['intervista'],
  closingThanks: ['grazie'],
  clockWord: ['alle'],
  dateLabelTail: ['il'],
  sourceLabel: ['fonte'],
  mastheadWord: ['edizioni', 'radio', 'giornale', 'corriere', 'gazzetta', 'rivista'],
  pressConference: ['conferenza stampa'],
  intervieweeLead: ['domande a', 'intervista a', 'intervista con'],
  askingRole: ['giornalista', 'conduttore', 'conduttrice', 'intervistatore', 'intervistatrice'],
  roleLabel: ['giornalista', 'conduttore', 'conduttrice', 'intervistatore', 'intervistatrice'],
  answeringRole: ['ospite', 'intervistato', 'intervistata', 'portavoce'],
  greeting: ['buongiorno', 'buonasera', 'benvenuto', 'benvenuta'],
  alsoRead: ['leggi anche'],
  related: ['articoli correlati'],
  readMore: ['leggi di più', 'continua a leggere'],
  share: ['condividi'],
  writerLabel: ['autore']
} as const satisfies Lexicon

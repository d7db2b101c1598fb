import type {Lexicon} from '../types.js'

/**
 * Input words in Slovak, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['a'],
  honorific: [
    'pán',
    'pani',
    'minister',
    'ministerka',
    'prezident',
    'prezidentka',
    'premiér',
    'veľvyslanec',
    'starosta',
    'hovorca',
    'hovorkyňa'
  ],
  commentForm: [
    'vaša e-mailová adresa nebude zverejnená',
    'povinné polia sú označené',
    'pridaj komentár',
    'zrušiť odpoveď',
    'odoslať komentár'
  ],
  nextPage: ['ďalšia strana'],
  readOn: ['čítať ďalej', 'celý článok'],
  login: ['prihlásiť sa', 'prihlásenie', 'registrácia'],
  skipTo: ['prejsť na obsah', 'preskočiť na obsah'],
  questionPrefix: ['otázka'],
  answerPrefix: ['odpoveď'],
  interviewCue: ['rozhovor'],
  askingRole: ['moderátor', 'moderátorka', 'redaktor', 'redaktorka'],
  closingThanks: ['ďakujem', 'ďakujeme'],
  greeting: ['dobrý deň', 'dobrý večer'],
  pressConference: ['tlačová konferencia'],
  alsoRead: ['čítajte aj'],
  sourceLabel: ['zdroj'],
  mastheadWord: ['noviny', 'rozhlas', 'denník', 'televízia', 'rádio']
} as const satisfies Lexicon

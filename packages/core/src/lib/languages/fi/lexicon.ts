import type {Lexicon} from '../types.js'

/**
 * Input words in Finnish, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['ja'],
  postedIn: ['julkaistu kategoriassa', 'kategoria', 'kategoriat'],
  honorific: [
    'ministeri',
    'presidentti',
    'pääministeri',
    'suurlähettiläs',
    'pormestari',
    'tohtori',
    'professori',
    'kansanedustaja'
  ],
  postedBy: ['lähettänyt', 'kirjoittanut'],
  noComments: ['ei kommentteja'],
  commentForm: [
    'sähköpostiosoitettasi ei julkaista',
    'pakolliset kentät on merkitty',
    'tallenna nimeni, sähköpostiosoitteeni ja kotisivuni',
    'kommentoi',
    'jätä kommentti',
    'peruuta vastaus',
    'lähetä kommentti'
  ],
  nextPage: ['seuraava sivu'],
  readOn: ['lue lisää', 'jatka lukemista', 'lue koko juttu', 'lue koko artikkeli'],
  login: ['kirjaudu sisään', 'kirjaudu', 'rekisteröidy'],
  skipTo: ['siirry sisältöön', 'hyppää sisältöön', 'siirry suoraan sisältöön', 'siirry pääsisältöön'],
  questionLetter: ['k'],
  answerLetter: ['v'],
  questionPrefix: ['kysymys'],
  answerPrefix: ['vastaus'],
  questionNumberLead: ['kysymys'],
  interviewCue: ['haastattelu'],
  askingRole: ['toimittaja', 'juontaja', 'haastattelija'],
  roleLabel: ['toimittaja', 'juontaja', 'haastattelija'],
  answeringRole: ['ministeri', 'tiedottaja'],
  pressConference: ['tiedotustilaisuus', 'lehdistötilaisuus'],
  sourceLabel: ['lähde'],
  writerLabel: ['kirjoittaja'],
  closingThanks: ['kiitos', 'kiitos paljon'],
  greeting: ['hyvää huomenta', 'hyvää iltaa', 'tervetuloa'],
  related: ['aiheesta lisää'],
  alsoRead: ['lue myös', 'lue lisää'],
  readMore: ['lue lisää'],
  published: ['julkaistu'],
  updated: ['päivitetty'],
  commentsPrompt: ['kommentit'],
  home: ['etusivu'],
  mastheadWord: ['sanomat', 'lehti', 'uutiset', 'televisio']
} as const satisfies Lexicon

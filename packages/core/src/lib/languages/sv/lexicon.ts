import type {Lexicon} from '../types.js'

/**
 * Input words in Swedish, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['och'],
  postedIn: ['publicerat i', 'kategori', 'kategorier'],
  honorific: [
    'herr',
    'fru',
    'minister',
    'statsminister',
    'utrikesminister',
    'president',
    'ambassadör',
    'borgmästare',
    'talesperson',
    'general'
  ],
  postedBy: ['upplagd av', 'publicerad av', 'postat av'],
  noComments: ['inga kommentarer'],
  commentForm: [
    'din e-postadress kommer inte publiceras',
    'obligatoriska fält är märkta',
    'spara mitt namn, min e-postadress och webbplats',
    'lämna ett svar',
    'lämna en kommentar',
    'avbryt svar',
    'publicera kommentar',
    'skicka kommentar'
  ],
  nextPage: ['nästa sida'],
  readOn: ['läs mer', 'läs vidare', 'fortsätt läsa', 'läs hela artikeln'],
  login: ['logga in', 'registrera', 'skapa konto'],
  skipTo: [
    'hoppa till innehåll',
    'hoppa till innehållet',
    'gå direkt till innehållet',
    'gå direkt till textinnehållet',
    'till innehållet'
  ],
  questionLetter: ['f'],
  answerLetter: ['s'],
  questionPrefix: ['fråga'],
  answerPrefix: ['svar'],
  questionNumberLead: ['fråga'],
  interviewCue: ['intervju'],
  askingRole: ['reporter', 'programledare', 'journalist', 'intervjuare'],
  roleLabel: ['reporter', 'programledare', 'journalist', 'intervjuare'],
  answeringRole: ['talesperson'],
  pressConference: ['presskonferens'],
  sourceLabel: ['källa'],
  writerLabel: ['skribent'],
  closingThanks: ['tack', 'tack så mycket'],
  greeting: ['hej', 'god morgon', 'välkommen'],
  related: ['relaterade artiklar'],
  alsoRead: ['läs också', 'läs mer'],
  readMore: ['läs mer'],
  share: ['dela'],
  published: ['publicerad'],
  updated: ['uppdaterad'],
  commentsPrompt: ['kommentarer'],
  home: ['startsida'],
  mastheadWord: ['tidning', 'tidningen', 'nyheter', 'television']
} as const satisfies Lexicon

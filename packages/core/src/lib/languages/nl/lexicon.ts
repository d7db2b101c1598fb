import type {Lexicon} from '../types.js'

/**
 * Input words in Dutch, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['en'],
  postedIn: ['geplaatst in', 'gearchiveerd onder', 'categorie', 'categorieën'],
  shareButton: ['dit e-mailen', 'delen op x', 'delen op twitter', 'delen op facebook', 'delen op pinterest'],
  honorific: [
    'dhr',
    'mevr',
    'mw',
    'minister',
    'premier',
    'president',
    'ambassadeur',
    'burgemeester',
    'woordvoerder',
    'woordvoerster',
    'generaal'
  ],
  postedBy: ['geplaatst door', 'gepost door'],
  noComments: ['geen reacties', 'geen opmerkingen'],
  commentForm: [
    'je e-mailadres wordt niet gepubliceerd',
    'uw e-mailadres wordt niet gepubliceerd',
    'vereiste velden zijn gemarkeerd',
    'mijn naam, e-mail en site opslaan',
    'geef een reactie',
    'laat een reactie achter',
    'reactie annuleren',
    'reactie plaatsen'
  ],
  nextPage: ['volgende pagina'],
  readOn: ['lees verder', 'lees meer', 'lees het hele artikel'],
  login: ['inloggen', 'registreren'],
  skipTo: [
    'naar de inhoud springen',
    'ga naar inhoud',
    'direct naar de inhoud',
    'ga direct naar inhoud',
    'naar hoofdinhoud'
  ],
  questionLetter: ['v'],
  answerLetter: ['a'],
  questionPrefix: ['vraag'],
  answerPrefix: ['antwoord'],
  byName: ['door'],
  intervieweeLead: ['vragen aan', 'interview met'],
  interviewCue: ['interview', 'gesprek', 'vraaggesprek'],
  askingRole: ['interviewer', 'presentator', 'presentatrice', 'journalist', 'verslaggever'],
  roleLabel: ['interviewer', 'presentator', 'presentatrice', 'journalist', 'verslaggever'],
  closingThanks: ['dank u', 'dank je', 'bedankt', 'dank u wel', 'dank je wel'],
  greeting: ['goedemorgen', 'goedenavond', 'welkom'],
  alsoRead: ['lees ook'],
  readMore: ['lees meer', 'lees verder'],
  share: ['delen'],
  published: ['gepubliceerd'],
  updated: ['bijgewerkt'],
  pressConference: ['persconferentie'],
  sourceLabel: ['bron'],
  writerLabel: ['auteur'],
  mastheadWord: ['krant', 'omroep', 'dagblad', 'weekblad']
} as const satisfies Lexicon

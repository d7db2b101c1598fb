import type {Lexicon} from '../types.js'

/**
 * Input words in German, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  editorNote: ['anm. d. red.'],
  skipTo: ['zum inhalt springen'],
  followUs: ['folgen sie uns'],
  loadMore: ['mehr laden', 'mehr anzeigen'],
  related: ['ähnliche artikel', 'mehr zum thema'],
  alsoRead: ['mehr zum thema', 'auch interessant', 'lesen sie auch'],
  readOn: ['weiterlesen'],
  share: ['teilen'],
  shareButton: [
    'auf twitter freigeben',
    'auf x freigeben',
    'in facebook freigeben',
    'auf pinterest teilen',
    'per email versenden',
    'per e-mail versenden'
  ],
  login: ['anmelden', 'registrieren'],
  sitePage: ['über mich', 'impressum', 'datenschutz', 'datenschutzerklärung', 'kontakt'],
  search: ['suchen'],
  subscribersOnly: ['nur für abonnenten'],
  archive: ['archiv'],
  home: ['startseite'],
  pager: ['neuerer post', 'älterer post'],
  postComment: ['kommentar veröffentlichen'],
  commentFeed: ['abonnieren: kommentare zum post (atom)'],
  commentsPrompt: ['kommentare', 'kommentar'],
  commentWord: ['kommentar', 'kommentare'],
  commenterSaid: ['hat gesagt'],
  adLabel: ['anzeige', 'werbung'],
  rightsReserved: ['alle rechte vorbehalten'],
  photo: ['foto', 'bild'],
  durationUnit: ['minuten'],
  readingTime: ['lesezeit'],
  readingTimeLabel: ['lesezeit'],
  published: ['veröffentlicht'],
  updated: ['aktualisiert'],
  languageName: ['deutsch'],
  player: ['anhören'],
  postedBy: ['eingestellt von'],
  atTime: ['um'],
  interviewerLead: ['das gespräch führte', 'das interview führte'],
  byLead: ['von'],
  byWord: ['von'],
  bioVerb: ['ist', 'sind'],
  speakerWord: ['sprecher'],
  mastheadWord: ['zeitung', 'rundschau', 'kurier', 'nachrichten'],
  orgPreposition: ['der', 'die', 'das', 'von'],
  outletArticle: ['der', 'die', 'das'],
  interviewWith: ['mit'],
  courtesyTitle: ['frau', 'herr']
} as const satisfies Lexicon

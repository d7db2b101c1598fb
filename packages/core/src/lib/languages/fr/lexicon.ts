import type {Lexicon} from '../types.js'

/**
 * Input words in French, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  editorNote: ['note de la rédaction'],
  skipTo: ['aller au contenu'],
  followUs: ['suivez-nous'],
  loadMore: ['voir plus', 'charger plus'],
  related: ['à lire aussi', 'lire aussi', 'voir aussi'],
  alsoRead: ['à lire aussi', 'lire aussi', 'voir aussi'],
  readOn: ['lire la suite'],
  share: ['partager'],
  login: ['se connecter'],
  sitePage: ['à propos', 'mentions légales'],
  search: ['rechercher'],
  subscribe: ["s'abonner", 's’abonner'],
  subscribersOnly: ['article réservé aux abonnés', 'réservé aux abonnés'],
  home: ['accueil'],
  pager: ['article plus récent', 'articles plus récents', 'article plus ancien', 'articles plus anciens'],
  postComment: ['publier un commentaire'],
  commentsPrompt: ['laisser un commentaire'],
  commentWord: ['commentaire', 'commentaires'],
  commenterSaid: ['a dit'],
  postLabels: ['libellés'],
  adLabel: ['publicité', 'publicite'],
  rightsReserved: ['tous droits réservés'],
  readingTime: ['de lecture'],
  readingTimeLabel: ['temps de lecture'],
  published: ['publié'],
  updated: ['mis à jour'],
  languageName: ['français'],
  player: ['écouter'],
  postedBy: ['publié par'],
  atTime: ['à'],
  interviewerLead: ['propos recueillis par', 'entretien réalisé par', 'interview réalisée par'],
  byLead: ['par'],
  byWord: ['par'],
  bioVerb: ['est', 'sont'],
  bioRole: [
    'professeur',
    'journaliste',
    'chercheu',
    'économiste',
    'directeur',
    'directrice',
    'écrivain',
    'romancière',
    'romancier'
  ],
  speakerWord: ['intervenant', 'locuteur'],
  orgPreposition: ['de', 'du', 'des'],
  outletArticle: ['le', 'la', 'les'],
  interviewNoun: ['entretien'],
  interviewWith: ['de', 'avec'],
  courtesyTitle: ['mme', 'm.']
} as const satisfies Lexicon

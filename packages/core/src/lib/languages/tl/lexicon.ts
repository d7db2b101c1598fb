import type {Lexicon} from '../types.js'

/**
 * Input words in Tagalog, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  honorific: ['g', 'gng', 'bb', 'kalihim', 'pangulo', 'senador', 'alkalde', 'heneral', 'sen'],
  postedBy: ['ipinost ni', 'isinulat ni'],
  commentForm: [
    'hindi ipa-publish ang iyong email address',
    'mag-iwan ng tugon',
    'mag-iwan ng komento',
    'ipaskil ang puna'
  ],
  nextPage: ['susunod na pahina'],
  readOn: ['magbasa pa', 'basahin pa', 'basahin ang buong artikulo'],
  login: ['mag-log in', 'mag-sign up'],
  skipTo: ['lumaktaw sa nilalaman', 'pumunta sa nilalaman'],
  questionPrefix: ['tanong'],
  answerPrefix: ['sagot'],
  interviewCue: ['panayam', 'pakikipanayam', 'interbyu'],
  askingRole: ['tagapanayam', 'mamamahayag', 'tagapagbalita'],
  roleLabel: ['tagapanayam', 'kinapanayam', 'mamamahayag'],
  answeringRole: ['kinapanayam', 'tagapagsalita', 'kalihim'],
  pressConference: ['pulong balitaan'],
  sourceLabel: ['pinagmulan', 'pinagkunan'],
  writerLabel: ['may-akda'],
  closingThanks: ['salamat', 'maraming salamat'],
  greeting: ['magandang umaga', 'magandang hapon', 'magandang gabi'],
  readMore: ['magbasa pa', 'basahin pa'],
  share: ['ibahagi'],
  related: ['kaugnay na balita'],
  published: ['inilathala'],
  commentsPrompt: ['mga komento']
} as const satisfies Lexicon

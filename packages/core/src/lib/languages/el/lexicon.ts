import type {Lexicon} from '../types.js'

/**
 * Input words in Greek, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedBy: ['αναρτήθηκε από', 'δημοσιεύτηκε από'],
  noComments: ['δεν υπάρχουν σχόλια'],
  commentForm: [
    'η ηλ. διεύθυνση σας δεν δημοσιεύεται',
    'η διεύθυνση email σας δεν θα δημοσιευθεί',
    'τα υποχρεωτικά πεδία σημειώνονται',
    'αφήστε μια απάντηση',
    'αφήστε ένα σχόλιο',
    'ακύρωση απάντησης',
    'δημοσίευση σχολίου',
    'ανάρτηση σχολίου'
  ],
  nextPage: ['επόμενη σελίδα'],
  readOn: ['διαβάστε περισσότερα', 'διαβάστε τη συνέχεια', 'συνέχεια ανάγνωσης'],
  login: ['σύνδεση', 'εγγραφή'],
  skipTo: ['μετάβαση στο περιεχόμενο', 'παράλειψη στο περιεχόμενο', 'μετάβαση στο κύριο περιεχόμενο'],
  questionLetter: ['ερ'],
  answerLetter: ['απ'],
  questionPrefix: ['ερώτηση', 'ερ'],
  answerPrefix: ['απάντηση', 'απ'],
  questionNumberLead: ['ερώτηση'],
  interviewCue: ['συνέντευξη'],
  askingRole: ['δημοσιογράφος', 'παρουσιαστής', 'παρουσιάστρια', 'συντονιστής', 'συντονίστρια'],
  roleLabel: ['δημοσιογράφος', 'παρουσιαστής', 'παρουσιάστρια', 'συντονιστής', 'συντονίστρια'],
  answeringRole: ['εκπρόσωπος', 'υπουργός'],
  pressConference: ['συνέντευξη τύπου'],
  sourceLabel: ['πηγή'],
  writerLabel: ['συντάκτης', 'συντάκτρια'],
  closingThanks: ['ευχαριστώ', 'ευχαριστώ πολύ', 'σας ευχαριστώ', 'ευχαριστούμε'],
  greeting: ['καλημέρα', 'καλησπέρα', 'γεια σας'],
  related: ['σχετικά άρθρα'],
  alsoRead: ['διαβάστε επίσης', 'διαβάστε ακόμη'],
  readMore: ['διαβάστε περισσότερα'],
  share: ['κοινοποίηση'],
  published: ['δημοσιεύθηκε', 'δημοσίευση'],
  updated: ['ενημερώθηκε', 'τελευταία ενημέρωση'],
  commentsPrompt: ['σχόλια'],
  home: ['αρχική'],
  speakerWord: ['ομιλητής'],
  mastheadWord: ['εφημερίδα', 'ραδιόφωνο', 'τηλεόραση']
} as const satisfies Lexicon

import type {Lexicon} from '../types.js'

/**
 * Input words in Hebrew, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedIn: ['פורסם ב', 'קטגוריה', 'קטגוריות'],
  postedBy: ['פורסם על ידי', 'נכתב על ידי'],
  noComments: ['אין תגובות'],
  commentForm: [
    'כתובת האימייל שלך לא תפורסם',
    'שדות החובה מסומנים',
    'כתיבת תגובה',
    'להגיב',
    'ביטול תגובה',
    'שליחת תגובה',
    'הוסף תגובה',
    'הוספת תגובה'
  ],
  nextPage: ['לעמוד הבא', 'העמוד הבא'],
  readOn: ['המשך קריאה', 'לכתבה המלאה', 'להמשך קריאה'],
  login: ['התחברות', 'הרשמה'],
  skipTo: ['דלג לתוכן', 'מעבר לתוכן', 'דילוג לתוכן', 'עבור לתוכן'],
  outletLead: ['ל'],
  sourceLabel: ['מקור'],
  questionLetter: ['ש'],
  answerLetter: ['ת'],
  questionPrefix: ['שאלה', 'ש'],
  answerPrefix: ['תשובה', 'ת'],
  interviewCue: ['ראיון', 'ריאיון'],
  askingRole: ['מראיין', 'מראיינת', 'מגיש', 'מגישה', 'כתב', 'כתבת'],
  roleLabel: ['מראיין', 'מראיינת', 'מגיש', 'מגישה'],
  closingThanks: ['תודה', 'תודה רבה'],
  greeting: ['שלום', 'בוקר טוב', 'ערב טוב'],
  share: ['שתפו', 'שיתוף'],
  published: ['פורסם'],
  updated: ['עודכן'],
  pressConference: ['מסיבת עיתונאים'],
  commentsPrompt: ['תגובות'],
  home: ['דף הבית']
} as const satisfies Lexicon

import type {Lexicon} from '../types.js'

/**
 * Input words in Hindi, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedIn: ['श्रेणी', 'में प्रकाशित'],
  shareButton: [
    'इसे ईमेल करें',
    'ब्लॉग करें!',
    'x पर शेयर करें',
    'twitter पर शेयर करें',
    'facebook पर शेयर करें',
    'pinterest पर शेयर करें'
  ],
  postedBy: ['प्रस्तुतकर्ता', 'द्वारा पोस्ट किया गया'],
  noComments: ['कोई टिप्पणी नहीं'],
  commentForm: [
    'आपका ईमेल पता प्रकाशित नहीं किया जाएगा',
    'आवश्यक फ़ील्ड चिह्नित हैं',
    'आवश्यक फ़ील्ड चिन्हित हैं',
    'एक उत्तर दें',
    'एक टिप्पणी छोड़ें',
    'जवाब रद्द करें',
    'टिप्पणी प्रकाशित करें',
    'टिप्पणी भेजें'
  ],
  nextPage: ['अगला पृष्ठ', 'अगला पेज'],
  readOn: ['आगे पढ़ें', 'और पढ़ें', 'पूरा पढ़ें', 'पूरी खबर पढ़ें'],
  login: ['लॉग इन', 'लॉगिन', 'साइन इन'],
  skipTo: ['सामग्री पर जाएं', 'सामग्री पर जाएँ', 'मुख्य सामग्री पर जाएं'],
  related: ['संबंधित खबरें', 'ये भी पढ़ें'],
  alsoRead: ['ये भी पढ़ें', 'यह भी पढ़ें'],
  share: ['शेयर', 'शेयर करें'],
  home: ['होम'],
  commentsPrompt: ['टिप्पणी करें', 'टिप्पणियाँ'],
  photo: ['फोटो'],
  published: ['प्रकाशित'],
  updated: ['अपडेटेड', 'अपडेट'],
  languageName: ['हिन्दी'],
  newsroom: ['डेस्क'],
  roleLabel: ['एंकर', 'संवाददाता'],
  questionLetter: ['प्र'],
  answerLetter: ['उ'],
  questionPrefix: ['सवाल', 'प्रश्न'],
  answerPrefix: ['जवाब', 'उत्तर'],
  questionNumberLead: ['प्रश्न', 'सवाल'],
  interviewCue: ['साक्षात्कार', 'बातचीत', 'इंटरव्यू'],
  outletTail: ['की वेबसाइट पर', 'को दिए इंटरव्यू', 'को दिए साक्षात्कार'],
  sourceLabel: ['स्रोत'],
  mastheadWord: ['समाचार', 'टाइम्स'],
  writerLabel: ['लेखक'],
  askingRole: ['एंकर', 'संवाददाता', 'पत्रकार'],
  closingThanks: ['धन्यवाद', 'शुक्रिया'],
  greeting: ['नमस्ते', 'नमस्कार']
} as const satisfies Lexicon

import type {Lexicon} from '../types.js'

/**
 * Input words in Tamil, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  commentForm: ['உங்கள் மின்னஞ்சல் வெளியிடப்பட மாட்டாது', 'மறுமொழி இடவும்', 'கருத்தை பதிவிடவும்'],
  nextPage: ['அடுத்த பக்கம்'],
  readOn: ['மேலும் படிக்க', 'தொடர்ந்து படிக்க'],
  login: ['உள்நுழை'],
  skipTo: ['உள்ளடக்கத்திற்குச் செல்'],
  questionLetter: ['கே'],
  answerLetter: ['ப'],
  questionPrefix: ['கேள்வி'],
  answerPrefix: ['பதில்'],
  questionNumberLead: ['கேள்வி'],
  interviewCue: ['பேட்டி', 'நேர்காணல்', 'செவ்வி'],
  askingRole: ['நிருபர்', 'செய்தியாளர்', 'தொகுப்பாளர்', 'பேட்டியாளர்'],
  roleLabel: ['நிருபர்', 'செய்தியாளர்', 'தொகுப்பாளர்', 'பேட்டியாளர்'],
  pressConference: ['செய்தியாளர் சந்திப்பு', 'பத்திரிகையாளர் சந்திப்பு'],
  sourceLabel: ['ஆதாரம்'],
  writerLabel: ['எழுதியவர்'],
  closingThanks: ['நன்றி'],
  greeting: ['வணக்கம்'],
  related: ['தொடர்புடைய செய்திகள்'],
  alsoRead: ['இதையும் படிக்க', 'இதையும் படியுங்கள்'],
  readMore: ['மேலும் படிக்க'],
  share: ['பகிர்'],
  published: ['வெளியிடப்பட்டது'],
  updated: ['புதுப்பிக்கப்பட்டது'],
  commentsPrompt: ['கருத்துகள்']
} as const satisfies Lexicon

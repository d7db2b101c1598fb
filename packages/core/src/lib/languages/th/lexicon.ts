import type {Lexicon} from '../types.js'

/**
 * Input words in Thai, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedBy: ['โพสต์โดย', 'เขียนโดย'],
  noComments: ['ไม่มีความคิดเห็น'],
  commentForm: [
    'อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น',
    'ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย',
    'ใส่ความเห็น',
    'แสดงความคิดเห็น',
    'ยกเลิกการตอบ',
    'ส่งความเห็น'
  ],
  nextPage: ['หน้าถัดไป'],
  readOn: ['อ่านต่อ', 'อ่านเพิ่มเติม', 'อ่านฉบับเต็ม'],
  skipTo: ['ข้ามไปยังเนื้อหา', 'ข้ามไปที่เนื้อหา'],
  questionPrefix: ['ถาม', 'คำถาม'],
  answerPrefix: ['ตอบ', 'คำตอบ'],
  interviewCue: ['สัมภาษณ์', 'บทสัมภาษณ์'],
  askingRole: ['ผู้สื่อข่าว', 'นักข่าว', 'พิธีกร', 'ผู้ดำเนินรายการ'],
  roleLabel: ['ผู้สื่อข่าว', 'นักข่าว', 'พิธีกร', 'ผู้ดำเนินรายการ', 'ผู้ให้สัมภาษณ์'],
  answeringRole: ['โฆษก', 'รัฐมนตรี', 'นายกรัฐมนตรี', 'ผู้ให้สัมภาษณ์'],
  pressConference: ['แถลงข่าว'],
  sourceLabel: ['ที่มา', 'แหล่งข่าว'],
  writerLabel: ['ผู้เขียน'],
  related: ['ข่าวที่เกี่ยวข้อง'],
  alsoRead: ['อ่านเพิ่มเติม', 'อ่านต่อ'],
  readMore: ['อ่านต่อ', 'อ่านเพิ่มเติม'],
  share: ['แชร์'],
  home: ['หน้าแรก'],
  login: ['เข้าสู่ระบบ', 'สมัครสมาชิก'],
  player: ['อ่านให้ฟัง', 'ฟังข่าว'],
  published: ['เผยแพร่'],
  updated: ['อัปเดต', 'ปรับปรุง'],
  commentsPrompt: ['ความคิดเห็น'],
  languageName: ['ภาษาไทย'],
  minuteUnit: ['นาที'],
  closingThanks: ['ขอบคุณ', 'ขอบคุณครับ', 'ขอบคุณค่ะ'],
  greeting: ['สวัสดี', 'สวัสดีครับ', 'สวัสดีค่ะ'],
  speakerWord: ['ผู้พูด']
} as const satisfies Lexicon

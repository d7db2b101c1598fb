/**
 * Words as data in every script (languages/; MISSES.md "question and answer labels in unlisted
 * languages"): a lexicon phrase is matched as a word of its own script (JavaScript's `\b` knows
 * only ASCII letters, so "Спасибо" or "Dziękuję" never matched), a script one language writes
 * settles the language, and an interview whose labels are in Thai, Swahili, Tamil, Greek or
 * Vietnamese is read as one.
 */
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {lexicon} from '../src/lib/languages/index.js'
import {readPage as read} from './support/read-page.js'
import {detectLanguage} from '../src/lib/text/detect-language.js'

const whole = (concept: Parameters<typeof lexicon>[0]) =>
  new RegExp(lexicon(concept, undefined, {words: 'whole'}), 'iu')
const start = (concept: Parameters<typeof lexicon>[0]) =>
  new RegExp(lexicon(concept, undefined, {words: 'start'}), 'iu')

describe('lexicon words in every script', () => {
  it('bounds a phrase by the letters of any script, not by ASCII word characters', () => {
    const thanks = whole('closingThanks')
    for (const text of ['Спасибо!', 'Dziękuję.', 'Děkuji vám.', 'Ευχαριστώ πολύ', 'Asante sana.', 'Thank you.'])
      expect(thanks.test(text), text).toBe(true)
    // Inside a longer word it is not the phrase.
    expect(thanks.test('Thankyouverymuch')).toBe(false)
    expect(thanks.test('неспасибочный')).toBe(false)
  })

  it('bounds only the start when asked, so inflected forms are found', () => {
    const cue = start('interviewCue')
    expect(cue.test('Pełny zapis w wywiadzie dla radia')).toBe(true)
    expect(cue.test('Эксклюзивное интервью')).toBe(true)
    expect(cue.test('Przywiadło')).toBe(false)
  })

  it('finds a phrase of a script written without spaces anywhere in the run', () => {
    expect(start('interviewCue').test('บทสัมภาษณ์พิเศษประจำสัปดาห์')).toBe(true)
    expect(start('interviewCue').test('独家专访：')).toBe(true)
  })
})

describe('a script one language writes settles the language', () => {
  it.each([
    ['Home | News | Sport | Login\nஅமைச்சர் இன்று சென்னையில் புதிய திட்டத்தை அறிவித்தார். மக்கள் வரவேற்றனர்.', 'ta'],
    ['Menu Search\nఈ రోజు నగరంలో కొత్త బస్సు సేవలు ప్రారంభమయ్యాయి.', 'te'],
    ['Home\nរដ្ឋមន្ត្រីបានប្រកាសគម្រោងថ្មីនៅថ្ងៃនេះ។', 'km']
  ])('%s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang)
  })
})

describe('question and answer labels in more languages', () => {
  it.each([
    [
      'Thai',
      'th',
      [
        'เปิดใจผู้ว่าฯ คนใหม่ เรื่องน้ำท่วมเมือง',
        'ทีมข่าวได้พูดคุยกับผู้ว่าราชการจังหวัดถึงแผนรับมือน้ำท่วมในฤดูฝนนี้',
        'ถาม : ปีนี้จะรับมือน้ำท่วมอย่างไร',
        'ตอบ : เราขุดลอกคลองทั้งหมดแล้ว และติดตั้งเครื่องสูบน้ำเพิ่มอีกสิบเครื่องในเขตเมือง',
        'ถาม : ประชาชนควรเตรียมตัวอย่างไร',
        'ตอบ : ติดตามประกาศของจังหวัดทุกวัน และเก็บของมีค่าไว้ที่สูง'
      ]
    ],
    [
      'Swahili',
      'sw',
      [
        'Mahojiano na mkuu wa shule ya Kilimani',
        'Mwandishi wetu alizungumza na mkuu wa shule kuhusu mwaka mpya wa masomo.',
        'Swali: Mwaka huu shule itapokea wanafunzi wangapi?',
        'Jibu: Tutapokea wanafunzi mia tatu, zaidi ya mwaka jana kwa sababu ya madarasa mapya.',
        'Swali: Changamoto kubwa ni ipi?',
        'Jibu: Walimu wa sayansi bado ni wachache, lakini tunaendelea kuajiri.'
      ]
    ],
    [
      'Tamil',
      'ta',
      [
        'நூலகர் பேட்டி: புதிய வாசகர் அறை',
        'நகர நூலகத்தின் தலைமை நூலகருடன் நடத்திய உரையாடல்.',
        'கேள்வி: புதிய அறை எப்போது திறக்கப்படும்?',
        'பதில்: அடுத்த மாதம் முதல் வாரத்தில் திறக்கப்படும். குழந்தைகளுக்கான பகுதியும் உண்டு.',
        'கேள்வி: நூல்கள் எத்தனை உள்ளன?',
        'பதில்: சுமார் இருபதாயிரம் நூல்கள் உள்ளன, மேலும் வாங்க திட்டமிட்டுள்ளோம்.'
      ]
    ],
    [
      'Greek',
      'el',
      [
        'Συνέντευξη με τη διευθύντρια του μουσείου',
        'Μιλήσαμε με τη διευθύντρια για τη νέα αίθουσα του μουσείου.',
        'Ερώτηση: Πότε ανοίγει η νέα αίθουσα;',
        'Απάντηση: Τον Μάιο, μετά από δύο χρόνια εργασιών και πολλές καθυστερήσεις.',
        'Ερώτηση: Τι θα δουν οι επισκέπτες;',
        'Απάντηση: Αγγεία από την ανασκαφή του λιμανιού, που δεν έχουν εκτεθεί ποτέ.'
      ]
    ],
    [
      'Vietnamese',
      'vi',
      [
        'Trò chuyện với giám đốc bến xe mới',
        'Phóng viên đã gặp giám đốc bến xe để hỏi về lịch chạy mùa Tết.',
        'Hỏi: Năm nay bến xe tăng bao nhiêu chuyến?',
        'Đáp: Chúng tôi tăng thêm hai trăm chuyến mỗi ngày trong tuần cao điểm.',
        'Hỏi: Giá vé có tăng không?',
        'Đáp: Giá vé giữ nguyên như năm ngoái, không có phụ thu.'
      ]
    ]
  ])('reads a %s interview by its labels', (_name, lang, lines) => {
    const publication = read(lines)
    expect(publication.lang).toBe(lang)
    expect(publication.kind).toBe('interview')
    // Each question without its label, as the third and fifth lines print it.
    const asked = [lines[2]!, lines[4]!].map((line) => line.replace(/^\S+\s?:\s*/u, ''))
    expect(publication.qa.map((qa) => toString(qa.question))).toEqual(asked)
  })
})

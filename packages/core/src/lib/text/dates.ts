/**
 * Read dates as news sites print them, keeping only the precision the words support:
 * "Wednesday, May 22, 2024" → 2024-05-22, "the July 2017 edition" → 2017-07, "in 2019" → 2019.
 */
import {toGregorian} from 'jalaali-js'

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]
/** Month names in French, German, Spanish, Italian and Portuguese, for pages in those languages. */
const foreignMonths: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  maerz: 3,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  dezembro: 12,
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  إبريل: 4,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يوليو: 7,
  أغسطس: 8,
  اغسطس: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  جنوری: 1,
  فروری: 2,
  مارچ: 3,
  اپریل: 4,
  مئی: 5,
  جون: 6,
  جولائی: 7,
  اگست: 8,
  ستمبر: 9,
  اکتوبر: 10,
  نومبر: 11,
  دسمبر: 12,
  जनवरी: 1,
  फ़रवरी: 2,
  फरवरी: 2,
  मार्च: 3,
  अप्रैल: 4,
  अप्रेल: 4,
  मई: 5,
  जून: 6,
  जुलाई: 7,
  अगस्त: 8,
  सितंबर: 9,
  सितम्बर: 9,
  अक्टूबर: 10,
  नवंबर: 11,
  नवम्बर: 11,
  दिसंबर: 12,
  दिसम्बर: 12,
  ocak: 1,
  şubat: 2,
  subat: 2,
  mart: 3,
  nisan: 4,
  mayıs: 5,
  mayis: 5,
  haziran: 6,
  temmuz: 7,
  ağustos: 8,
  agustos: 8,
  eylül: 9,
  eylul: 9,
  ekim: 10,
  kasım: 11,
  kasim: 11,
  aralık: 12,
  aralik: 12,
  январь: 1,
  февраль: 2,
  март: 3,
  апрель: 4,
  май: 5,
  июнь: 6,
  июль: 7,
  август: 8,
  сентябрь: 9,
  октябрь: 10,
  ноябрь: 11,
  декабрь: 12,
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12
}
const monthName = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|${Object.keys(foreignMonths).join('|')})\\.?`
const weekday = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\\s+)?'

export interface ParsedDate {
  value: string
  precision: 'year' | 'month' | 'day'
  /** The matched words. */
  match: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Persian (Solar Hijri) month names, in order: a date in them is converted (jalaali-js). */
const hijriMonths = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند'
]

/** Eastern Arabic (٠–٩) and Persian (۰–۹) digits as ASCII, so every pattern reads them. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => String(((d.codePointAt(0)! - 0x0660) % 0x90) % 16))
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace('.', '')
  return foreignMonths[lower] ?? months.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1
}

function valid(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1000 && year <= 9999 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const patterns: Array<{re: RegExp; read: (m: RegExpExecArray) => ParsedDate | null}> = [
  {
    // 18-06-1401 and 1401/06/18: Solar Hijri in digits (no Gregorian news date has a year 1300–1499).
    re: /\b(?:(\d{1,2})[-/.](\d{1,2})[-/.](1[34]\d{2})|(1[34]\d{2})[-/.](\d{1,2})[-/.](\d{1,2}))\b/u,
    read: (m) => {
      const [jy, jm, jd] = m[3] ? [+m[3], +m[2]!, +m[1]!] : [+m[4]!, +m[5]!, +m[6]!]
      if (jm < 1 || jm > 12 || jd < 1 || jd > 31) return null
      const {gy, gm, gd} = toGregorian(jy, jm, jd)
      return day(gy, gm, gd, m[0])
    }
  },
  {
    // 22 آذر 1389 (Solar Hijri, Iran and Afghanistan): converted to the Gregorian day.
    re: new RegExp(`(\\d{1,2})\\s+(${hijriMonths.join('|')})\\s+(1[2-4]\\d{2})`, 'u'),
    read: (m) => {
      const {gy, gm, gd} = toGregorian(+m[3]!, hijriMonths.indexOf(m[2]!) + 1, +m[1]!)
      return day(gy, gm, gd, m[0])
    }
  },
  {
    // 2021年7月1日 (Chinese, Japanese)
    re: /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/,
    read: (m) =>
      m[3]
        ? day(+m[1]!, +m[2]!, +m[3], m[0])
        : +m[2]! >= 1 && +m[2]! <= 12
          ? {value: `${m[1]}-${pad(+m[2]!)}`, precision: 'month', match: m[0]}
          : null
  },
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})(?:\b|T)/,
    read: (m) => day(+m[1]!, +m[2]!, +m[3]!, m[0])
  },
  {
    // 2016.05.12 and 2016/05/12: year first, as Korean, Japanese and Chinese sites print it.
    re: /\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b/,
    read: (m) => day(+m[1]!, +m[2]!, +m[3]!, m[0])
  },
  {
    re: new RegExp(`${weekday}\\b${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => day(+m[3]!, monthIndex(m[1]!), +m[2]!, m[0])
  },
  {
    re: new RegExp(
      `${weekday}\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+|de\\s+)?${monthName},?\\s+(?:de\\s+)?(\\d{4})\\b`,
      'iu'
    ),
    read: (m) => day(+m[3]!, monthIndex(m[2]!), +m[1]!, m[0])
  },
  {
    // 12.03.2023 and 12/03/2023: day first, as everywhere but the US; 03/12/2023 with a day over 12 reads US-style.
    re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/,
    read: (m) => {
      const [a, b, year] = [+m[1]!, +m[2]!, +m[3]!]
      return b > 12 && a <= 12 ? day(year, a, b, m[0]) : day(year, b, a, m[0])
    }
  },
  {
    re: new RegExp(`\\b${monthName},?\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu'),
    read: (m) => {
      const month = monthIndex(m[1]!)
      const year = +m[2]!
      return month > 0 && year >= 1000 ? {value: `${year}-${pad(month)}`, precision: 'month', match: m[0]} : null
    }
  }
]

function day(year: number, month: number, dayOfMonth: number, match: string): ParsedDate | null {
  return valid(year, month, dayOfMonth)
    ? {value: `${year}-${pad(month)}-${pad(dayOfMonth)}`, precision: 'day', match}
    : null
}

/** First date mentioned in a text, or null. */
export function findDate(line: string): ParsedDate | null {
  const text = asciiDigits(line)
  for (const {re, read} of patterns) {
    const m = re.exec(text)
    if (m) {
      const parsed = read(m)
      if (parsed) return parsed
    }
  }
  return null
}

/** Weekday names that sit beside a date on a date line, in the languages of our sources. */
const weekdays =
  '(?<!\\p{L})(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?(?!\\p{L})|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار|دوشنبه|سه‌?شنبه|چهارشنبه|پنج‌?شنبه|جمعه|یک‌?شنبه|شنبه|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|星期[一二三四五六日天]|周[一二三四五六日]|[月火水木金土日]曜日|[월화수목금토일]요일'

/** A line that is nothing but a date (with an optional "Published:"/"Updated:" label). */
export function parseDateLine(line: string): ParsedDate | null {
  const text = asciiDigits(line)
  if (
    text
      .replace(
        /\s*[–—|·•-]?\s*(?:mis à jour|updated|last updated|actualizado|aktualisiert|aggiornato|обновлено|güncelleme|수정|更新).*$/iu,
        ''
      )
      .split(/\s+/).length > 14
  )
    return null
  // "2016 9": an archive's year and month.
  const archive = /^(\d{4})\s+(\d{1,2})$/u.exec(text.trim())
  if (archive && +archive[2]! >= 1 && +archive[2]! <= 12)
    return {value: `${archive[1]}-${pad(+archive[2]!)}`, precision: 'month', match: text.trim()}
  const stripped = text
    // "Rohit Saxena • LAST UPDATED : …", "승인 2016.05.12 09:41", "环视网 2020-11-06 14:22:08": a name or label before the date.
    .replace(/^.{0,40}?(?:[•|·]\s*)?\b(?:last updated|updated|published|posted)\s*(?:on|le|am|el)?\s*:?\s*(?=\S)/iu, '')
    .replace(/^(?:승인|입력|수정|发布时间|发布|来源|時間|更新)\s*[:：]?\s*/u, '')
    .replace(
      /^(?:published|posted|updated|last updated|date|first published|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|опубликовано|обновлено|дата публикации|yayınlanma|güncelleme|güncellenme|تاریخ انتشار|انتشار|بروزرسانی|نشر في|تاريخ النشر|آخر تحديث|شائع|प्रकाशित|अपडेटेड|अपडेट|업데이트|게재|更新|发布|公開|掲載)\s*(?:on|le|am|el|il|tarihi)?\s*(?:[:\-–—：]\s*)?/iu,
      ''
    )
    // A dateline ("Berlin, 3 October 2023") or a label ("Policy Brief | 2024-01-18") around the date.
    .replace(/^\p{Lu}[\p{L}.' ]{1,30}(?:,|\s[|·•–—-])\s*(?=\S)/u, '')
  // "Publié le 8 novembre – Mis à jour le 9 novembre": the update that follows is not the piece's date.
  const first = stripped.replace(
    /\s*[–—|·•-]?\s*(?:mis à jour|updated|last updated|actualizado|aktualisiert|aggiornato|обновлено|güncelleme|수정|更新|بروزرسانی|अपडेट).*$/iu,
    ''
  )
  const core = first.replace(/\s*[|·•]\s*\d{1,3}\s*min(?:ute)?s?\s*(?:read|de lecture|de lectura|lesezeit)?\s*$/iu, '')
  const parsed = findDate(core)
  if (!parsed) return null
  const rest = core
    .replace(parsed.match, '')
    .replace(
      new RegExp(
        String.raw`(?:\d{1,2}[:h.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?|(?<!\p{L})(?:at|à|um|a las|alle|ET|GMT|UTC|CET|PKT|IST)(?!\p{L})|公開|更新|发布|發布|입력|수정|Uhr|h(?=\s|$)|${weekdays}|[\s,|·•\-–—])+`,
        'giu'
      ),
      ''
    )
  return rest === '' ? parsed : null
}

/** Validate an editor's `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function parseIsoDate(value: string): ParsedDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!m) return null
  const [year, month, dayOfMonth] = [+m[1]!, m[2] ? +m[2] : 1, m[3] ? +m[3] : 1]
  if (!valid(year, month, dayOfMonth)) return null
  const precision = m[3] ? 'day' : m[2] ? 'month' : 'year'
  return {value, precision, match: value}
}

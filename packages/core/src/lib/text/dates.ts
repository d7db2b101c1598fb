/**
 * Read dates as news sites print them, keeping only the precision the words support:
 * "Wednesday, May 22, 2024" → 2024-05-22, "the July 2017 edition" → 2017-07, "in 2019" → 2019.
 */
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const monthName = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const weekday = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\\s+)?'

export interface ParsedDate {
  value: string
  precision: 'year' | 'month' | 'day'
  /** The matched words. */
  match: string
}

const pad = (n: number) => String(n).padStart(2, '0')

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace('.', '')
  return months.findIndex((month) => month.startsWith(lower.slice(0, 3))) + 1
}

function valid(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1000 && year <= 9999 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const patterns: Array<{re: RegExp; read: (m: RegExpExecArray) => ParsedDate | null}> = [
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    read: (m) => day(+m[1]!, +m[2]!, +m[3]!, m[0])
  },
  {
    re: new RegExp(`${weekday}\\b${monthName}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => day(+m[3]!, monthIndex(m[1]!), +m[2]!, m[0])
  },
  {
    re: new RegExp(`${weekday}\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthName},?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => day(+m[3]!, monthIndex(m[2]!), +m[1]!, m[0])
  },
  {
    re: new RegExp(`\\b${monthName},?\\s+(\\d{4})\\b`, 'i'),
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
export function findDate(text: string): ParsedDate | null {
  for (const {re, read} of patterns) {
    const m = re.exec(text)
    if (m) {
      const parsed = read(m)
      if (parsed) return parsed
    }
  }
  return null
}

/** A line that is nothing but a date (with an optional "Published:"/"Updated:" label). */
export function parseDateLine(text: string): ParsedDate | null {
  const stripped = text.replace(/^(?:published|posted|updated|last updated|date|first published)\s*(?:on)?\s*[:\-–—]?\s*/i, '')
  const parsed = findDate(stripped)
  if (!parsed) return null
  const rest = stripped.replace(parsed.match, '').replace(/(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|[\s,|·•\-–—]|at)+/gi, '')
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

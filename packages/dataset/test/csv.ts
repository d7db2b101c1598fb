/** qa.csv as a reader parses it, for the tests. */

/** RFC 4180 records (quoted fields may hold commas, quotes doubled and line breaks), as a reader would parse them. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i]
      else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\n') {
      records.push([...record, field])
      record = []
      field = ''
    } else field += char
  }
  return records
}

/**
 * The name printed next to a cue: what an editor copies as an outlet's or a person's name from a
 * phrase such as "En diálogo con Diario Austral, …", "… لـ«الوادي نيوز»", "東都新聞のウェブサイト".
 * Shapes, in order (the first that fits wins):
 *
 * - a quoted name: «X», "X", „X“, “X”, 《X》, 「X」 — the quotes say where the name stops in any script;
 * - in a script with letter case, a run of capitalised words ("Radio Rodina World Service"), with short
 *   lower-case joiners between two of them ("Letters from Rodina", "İlle de Kitap") and numbers after
 *   the first ("Canal 7"); a lower-case article before the run is not part of the name ("to the X");
 * - in a script without case, the words up to the next punctuation, at most four (a name in Arabic or
 *   Persian script) or twelve characters where words are not spaced (Han, kana).
 *
 * No words of any language here: cues come from `languages/<lang>/lexicon.ts`.
 */

const opening = '«"“„《「『‹\''
const closing = '»"”“》」』›\''
/** Where a name in a script without case stops: punctuation in any script, brackets and separators. */
const stop = /[,.;:!?،؛。，：、！？()[\]{}|/\\«»"“”„《》「」『』_–—•\n]|\s{2,}/u
/** In a script without case a hyphen or a digit also ends a name ("人民網-人民日報", "فيصل العتيبي 2020"). */
const uncasedStop = new RegExp(`${stop.source}|-|\\p{N}`, 'u')
const cased = /^[\p{Lu}\p{Lt}]/u
const hasCase = /[\p{Lu}\p{Ll}]/u
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** Whether a word opens with a capital ("Diario", "NUSANTARA", "kabar" is not). */
const capitalised = (word: string) => cased.test(word) || /^\d[\d.,]*$/u.test(word)
/** A short lower-case word between two capitalised ones: "of", "de", "la", "from". */
const joiner = (word: string) => /^\p{Ll}{1,4}$/u.test(word)
/** Trailing punctuation and a possessive are not part of a name: "Courier.", "Italy's". */
const trimWord = (word: string) => word.replace(/['’]s$/u, '').replace(/[^\p{L}\p{M}\p{N}]+$/u, '')

/** A quoted name at the start of `text` (after spaces), or null. */
export function quotedAfter(text: string): string | null {
  const rest = text.trimStart()
  const open = opening.indexOf(rest[0] ?? '')
  if (open < 0) return null
  const end = [...closing].map((c) => rest.indexOf(c, 1)).filter((i) => i > 1)
  const at = Math.min(...end)
  if (!Number.isFinite(at) || at > 61) return null
  const name = rest.slice(1, at).trim()
  return name.length >= 2 ? name : null
}

/** A quoted name at the end of `text`, or null. */
export function quotedBefore(text: string): string | null {
  const rest = text.trimEnd()
  if (!closing.includes(rest.at(-1) ?? '')) return null
  const at = Math.max(...[...opening].map((c) => rest.lastIndexOf(c, rest.length - 2)))
  if (at < 0 || rest.length - at > 62) return null
  const name = rest.slice(at + 1, -1).trim()
  return name.length >= 2 ? name : null
}

/** The name `text` opens with (see the file's comment), or null. */
export function nameAfter(text: string): string | null {
  const quoted = quotedAfter(text)
  if (quoted) return quoted
  const rest = text.trimStart()
  const first = rest.match(/\p{L}/u)?.[0]
  if (!first || rest.indexOf(first) > 0) return null
  if (hasCase.test(first)) {
    const words = rest.split(/\s+/u)
    // "to the Piedmont Courier": a lower-case article before the name is the sentence's.
    if (joiner(words[0]!) && words[1] && cased.test(words[1])) words.shift()
    return casedRun(words)
  }
  return uncasedRun(rest.split(uncasedStop)[0]!)
}

/**
 * The name `text` ends with (see the file's comment), or null; `words` caps a name in a script
 * without case (a name glued to its cue, "자유의소리와의", is one word).
 */
export function nameBefore(text: string, words = 4): string | null {
  const quoted = quotedBefore(text)
  if (quoted) return quoted
  const rest = text.trimEnd()
  const last = [...rest].reverse().find((c) => /\p{L}/u.test(c))
  if (!last) return null
  if (hasCase.test(last)) {
    const run = casedRun(rest.split(/\s+/u).reverse(), true, words === 1 ? 1 : 6)
    return run ? run.split(' ').reverse().join(' ') : null
  }
  const parts = rest.split(uncasedStop)
  const chunk = parts.at(-1)!.trim()
  if (unspaced.test(chunk) && !/\s/u.test(chunk)) return [...chunk].length >= 2 ? [...chunk].slice(-12).join('') : null
  const found = uncasedRun(chunk.split(/\s+/u).reverse().slice(0, words).join(' '))
  return found ? found.split(' ').reverse().join(' ') : null
}

/** Capitalised words from the start of `words` (in reading order, or `reversed`), or null. */
function casedRun(words: string[], reversed = false, most = 6): string | null {
  const taken: string[] = []
  for (let i = 0; i < words.length && taken.length < most; i++) {
    const word = words[i]!
    // Read backwards, a word ending in punctuation closes the sentence before the name.
    if (reversed && taken.length > 0 && /[^\p{L}\p{M}\p{N}]$/u.test(word)) break
    const clean = taken.length === 0 || reversed ? word.replace(/^[^\p{L}\p{N}]+/u, '') : word
    const ok = capitalised(clean) && (taken.length > 0 || cased.test(clean) || reversed)
    const joins = taken.length > 0 && joiner(clean) && capitalised(words[i + 1] ?? '')
    if (!ok && !joins) break
    // "Ambassador Hemsley's March 18 special": an owner's name, not the outlet.
    if (!reversed && /['’]s$/u.test(clean)) return null
    taken.push(trimWord(clean))
    // A word that ends in punctuation ends the name ("Diario Austral, el…").
    if (!reversed && (trimWord(clean) !== clean || /['’]s$/u.test(clean))) break
  }
  while (taken.length > 0 && joiner(taken.at(-1)!)) taken.pop()
  const name = taken.join(' ').trim()
  return name.length >= 2 ? name : null
}

/** A name in a script without case: up to four spaced words, or twelve unspaced characters. */
function uncasedRun(chunk: string): string | null {
  const text = chunk.trim()
  if (!text) return null
  const words = text.split(/\s+/u)
  const name = unspaced.test(text) && words.length === 1 ? [...text].slice(0, 12).join('') : words.slice(0, 4).join(' ')
  return [...name].length >= 2 ? name : null
}

/**
 * Interface words by language, Pandoc-style: one table per language in `languages/<code>/terms.ts`, English as
 * the fallback for a language or a term that has none. Renderers ask `interfaceWords(lang)` once
 * and get plain strings; each word says which language it is in, so a fallback term can be marked
 * `lang="en"` inside a page in another language.
 */
import {terms as en} from './en/terms.js'
import {packs} from './index.js'
import type {PluralTerm, TermKey, Terms} from './terms.js'

export type {PluralTerm, TermKey, Terms} from './terms.js'

/**
 * Every language with a table, by primary subtag: the `terms` of each pack in `languages/<code>/`
 * that has any (add `terms.ts` to a language's folder and list it in `languages/index.ts`).
 */
export const languages: Record<string, Partial<Terms>> = Object.fromEntries(
  Object.entries(packs)
    .filter(([, pack]) => Object.keys(pack.terms).length > 0)
    .map(([code, pack]) => [code, pack.terms])
)

type TextKey = {[K in TermKey]: Terms[K] extends string ? K : never}[TermKey]
type CountKey = {[K in TermKey]: Terms[K] extends PluralTerm ? K : never}[TermKey]

/** The words of one language, with English for what it lacks. */
export interface Words {
  /** The language asked for (its table may be partial). */
  lang: string
  /** A term with `{name}` placeholders filled in. */
  term: (key: TextKey, values?: Record<string, string | number>) => string
  /** A counted term ("3 questions") in the language's plural form. */
  count: (key: CountKey, count: number) => string
  /**
   * A counted term's forms by CLDR plural category, and the language whose plural rules choose
   * among them (`en` when it fell back), for a script that counts at run time (the search page).
   */
  plural: (key: CountKey) => {lang: string; forms: PluralTerm}
  /** The language a term is actually given in: `lang`, or `en` when it fell back. */
  langOf: (key: TermKey) => string
  /** "A, B and C" with the language's word for "and". */
  list: (items: string[]) => string
  /**
   * What `list` puts between `count` items, in order (`count - 1` strings: ", " … " and "), so a
   * format can join items that are elements (links) with exactly the words `list` prints.
   */
  listSeparators: (count: number) => string[]
}

/** The interface words for a BCP 47 language tag. */
export function interfaceWords(lang: string): Words {
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? 'en'
  const table = languages[code] ?? {}
  const rules = pluralRules(lang)
  const fill = (text: string, values: Record<string, string | number> = {}) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
  // Arabic, Persian and Urdu write the Arabic comma, Chinese the enumeration comma.
  const comma = code === 'zh' ? '、' : code === 'ar' || code === 'fa' || code === 'ur' ? '، ' : ', '
  const words: Words = {
    lang,
    term: (key, values) => fill((table[key] as string | undefined) ?? en[key], values),
    count: (key, count) => {
      const forms = (table[key] as PluralTerm | undefined) ?? en[key]
      const category = table[key] ? rules.select(count) : new Intl.PluralRules('en').select(count)
      // An exact form ("one" in Arabic) may leave the number out; "other" always has it.
      return fill(forms[category] ?? forms.other, {count})
    },
    plural: (key) => ({lang: table[key] ? lang : 'en', forms: (table[key] as PluralTerm | undefined) ?? en[key]}),
    langOf: (key) => (table[key] !== undefined ? lang : 'en'),
    list: (items) => {
      const separators = words.listSeparators(items.length)
      return items.map((item, index) => (index === 0 ? item : `${separators[index - 1]}${item}`)).join('')
    },
    listSeparators: (count) =>
      Array.from({length: Math.max(count - 1, 0)}, (_, index) =>
        index === count - 2 ? ` ${words.term('and')} ` : comma
      )
  }
  return words
}

function pluralRules(lang: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(lang)
  } catch {
    return new Intl.PluralRules('en')
  }
}

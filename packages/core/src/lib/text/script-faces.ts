/**
 * The typefaces that draw the scripts Source Serif 4 does not (it covers Latin, monotonic Greek,
 * Cyrillic and Vietnamese): one Noto family per script, and Noto Serif for polytonic Greek, named
 * with the npm package file each weight comes from. This is data shared by the formats that bundle
 * fonts (the site's WOFF 2 subsets, the EPUB's embedded subsets, the PDF's embedded faces); core
 * never reads a font file nor knows a format. The scripts follow the Unicode Script property
 * (UAX #24, through `\p{Script=…}`). All the faces are under the SIL Open Font License 1.1.
 */

/**
 * Where one face's file sits in its npm package. `module` is a specifier `require.resolve` finds
 * (the package exports the file); `besideMain` is a path relative to the folder of the package's
 * main entry, for packages that export only JavaScript (`@embedpdf/fonts-*` ship their fonts in
 * `fonts/`, beside `dist/`).
 */
export type FaceFile = {module: string} | {package: string; besideMain: string}

/** One weight of a script's family. */
export interface FaceWeight {
  /** CSS `font-weight` (400 regular, 700 bold). */
  weight: 400 | 700
  /** File name stem every format may use for it (`noto-naskh-arabic-400`). */
  stem: string
  /** The source file's format: TrueType (`ttf`) or CFF OpenType (`otf`). */
  extension: 'ttf' | 'otf'
  file: FaceFile
}

/** A script drawn by a Noto family. */
export interface ScriptFace {
  /** Lower-case script name, used in asset and file names (`arabic`, `han`). */
  name: string
  /** The family name as the fonts' `name` table gives it and CSS `font-family` asks for it. */
  family: string
  /** A letter of the script (one character). */
  pattern: RegExp
  /** BCP 47 primary language subtags whose text is written in the script. */
  languages: string[]
  /**
   * Its weights, regular first, then bold (the CJK faces' Bold are 8.6 and 4.7 MB, like their
   * Regular). None has an italic: these scripts have no italic letterforms, so no format may slant
   * them (Noto Serif's polytonic Greek has, but its italic is not listed yet).
   */
  weights: FaceWeight[]
}

const expo = (pkg: string, weight: 400 | 700, file: string): FaceWeight => ({
  weight,
  stem: `${pkg}-${weight}`,
  extension: 'ttf',
  file: {module: `@expo-google-fonts/${pkg}/${weight === 400 ? '400Regular' : '700Bold'}/${file}`}
})

/** The scripts, in the order their families follow Source Serif 4 in a `font-family` list. */
export const scriptFaces: readonly ScriptFace[] = [
  {
    // Arabic script with the Urdu and Persian letters (ہ ے ۔ ی ک ژ); Naskh rather than Nastaliq,
    // which the PDF's shaper cannot cascade.
    name: 'arabic',
    family: 'Noto Naskh Arabic',
    pattern: /\p{Script=Arabic}/u,
    // not words: BCP 47 language subtags
    languages: ['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug'],
    weights: [
      expo('noto-naskh-arabic', 400, 'NotoNaskhArabic_400Regular.ttf'),
      expo('noto-naskh-arabic', 700, 'NotoNaskhArabic_700Bold.ttf')
    ]
  },
  {
    name: 'hebrew',
    family: 'Noto Sans Hebrew',
    pattern: /\p{Script=Hebrew}/u,
    languages: ['he', 'yi'],
    weights: [
      expo('noto-sans-hebrew', 400, 'NotoSansHebrew_400Regular.ttf'),
      expo('noto-sans-hebrew', 700, 'NotoSansHebrew_700Bold.ttf')
    ]
  },
  {
    name: 'devanagari',
    family: 'Noto Sans Devanagari',
    pattern: /\p{Script=Devanagari}/u,
    languages: ['hi', 'mr', 'ne', 'sa'],
    weights: [
      expo('noto-sans-devanagari', 400, 'NotoSansDevanagari_400Regular.ttf'),
      expo('noto-sans-devanagari', 700, 'NotoSansDevanagari_700Bold.ttf')
    ]
  },
  {
    name: 'thai',
    family: 'Noto Sans Thai',
    pattern: /\p{Script=Thai}/u,
    languages: ['th'],
    weights: [
      expo('noto-sans-thai', 400, 'NotoSansThai_400Regular.ttf'),
      expo('noto-sans-thai', 700, 'NotoSansThai_700Bold.ttf')
    ]
  },
  {
    name: 'khmer',
    family: 'Noto Sans Khmer',
    pattern: /\p{Script=Khmer}/u,
    languages: ['km'],
    weights: [
      expo('noto-sans-khmer', 400, 'NotoSansKhmer_400Regular.ttf'),
      expo('noto-sans-khmer', 700, 'NotoSansKhmer_700Bold.ttf')
    ]
  },
  {
    // Noto Sans CJK's Simplified Chinese subset also has kana, Bopomofo and the Japanese and
    // Traditional forms of the Han characters.
    name: 'han',
    family: 'Noto Sans SC',
    pattern: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u,
    languages: ['zh', 'ja'],
    weights: [
      {
        weight: 400,
        stem: 'noto-sans-sc-400',
        extension: 'otf',
        file: {package: '@embedpdf/fonts-sc', besideMain: '../fonts/NotoSansHans-Regular.otf'}
      },
      {
        weight: 700,
        stem: 'noto-sans-sc-700',
        extension: 'otf',
        file: {package: '@embedpdf/fonts-sc', besideMain: '../fonts/NotoSansHans-Bold.otf'}
      }
    ]
  },
  {
    name: 'hangul',
    family: 'Noto Sans KR',
    pattern: /\p{Script=Hangul}/u,
    languages: ['ko'],
    weights: [
      {
        weight: 400,
        stem: 'noto-sans-kr-400',
        extension: 'otf',
        file: {package: '@embedpdf/fonts-kr', besideMain: '../fonts/NotoSansKR-Regular.otf'}
      },
      {
        weight: 700,
        stem: 'noto-sans-kr-700',
        extension: 'otf',
        file: {package: '@embedpdf/fonts-kr', besideMain: '../fonts/NotoSansKR-Bold.otf'}
      }
    ]
  },
  {
    // Polytonic Greek: the letters with breathings, accents and iota subscript of Greek Extended
    // (ἀ ὁ ῥ ῆ ᾧ), which Source Serif 4 lacks (it draws monotonic Greek, U+0370–03FF, itself). Noto
    // Serif, a serif like the body text, has all 233 of them. Last, so no other script's text changes.
    name: 'polytonic',
    family: 'Noto Serif',
    pattern: /[\u1F00-\u1FFF]/u,
    // not words: BCP 47 language subtag of Ancient Greek
    languages: ['grc'],
    weights: [expo('noto-serif', 400, 'NotoSerif_400Regular.ttf'), expo('noto-serif', 700, 'NotoSerif_700Bold.ttf')]
  }
]

/**
 * The absolute path of a face's file, given the caller's `require.resolve` (the format package that
 * depends on the font package resolves it; core depends on none). String work only: no I/O.
 */
export function faceFilePath(file: FaceFile, resolve: (specifier: string) => string): string {
  if ('module' in file) return resolve(file.module)
  const main = resolve(file.package)
  let folder = main.slice(0, Math.max(main.lastIndexOf('/'), main.lastIndexOf('\\')))
  let rest = file.besideMain
  // `../` climbs out of the entry's folder, so the path comes out normalized (as `path.join` would).
  while (rest.startsWith('../')) {
    folder = folder.slice(0, Math.max(folder.lastIndexOf('/'), folder.lastIndexOf('\\')))
    rest = rest.slice(3)
  }
  return `${folder}/${rest}`
}

/** Characters every script face may also hold: punctuation, digits and marks shared by scripts (Common, Inherited). */
const neutral = /[\p{Script=Common}\p{Script=Inherited}]/u

/**
 * The distinct characters of `text` a script face may have to draw (from U+0590 on: Source Serif 4
 * draws everything before), in code point order, so that the same set always gives the same string.
 */
export function scriptCharactersOf(text: string): string {
  const found = new Set<number>()
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code >= 0x0590) found.add(code)
  }
  return String.fromCodePoint(...[...found].sort((a, b) => a - b))
}

/** The script faces `characters` need: those with at least one letter of theirs, not only shared punctuation. */
export function scriptFacesFor(characters: string): ScriptFace[] {
  return scriptFaces.filter((face) => face.pattern.test(characters))
}

/**
 * The characters of `characters` (distinct, in code point order, as `scriptCharactersOf` gives)
 * that `face` is cut to: its script's letters and the shared punctuation, digits and marks.
 */
export function faceCharacters(face: ScriptFace, characters: string): string {
  return [...characters].filter((char) => face.pattern.test(char) || neutral.test(char)).join('')
}

/**
 * Code points as a CSS `unicode-range` value (CSS Fonts 4 §4.5), consecutive ones joined:
 * `U+0600-0605,U+060C`. Sorted first; an empty list gives an empty string.
 */
export function unicodeRangeOf(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b)
  const ranges: string[] = []
  const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0')
  for (let index = 0; index < sorted.length; index++) {
    const from = sorted[index]!
    while (sorted[index + 1] === sorted[index]! + 1) index++
    ranges.push(from === sorted[index] ? `U+${hex(from)}` : `U+${hex(from)}-${hex(sorted[index]!)}`)
  }
  return ranges.join(',')
}

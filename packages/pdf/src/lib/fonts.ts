/**
 * Fonts: every face is a full TrueType/OpenType file passed in by the CLI, embedded as a subset with a
 * ToUnicode map. pdfkit has no fallback of its own, so text is split into runs, one grapheme cluster
 * (UAX #29) at a time, each set in the first font of the chain that has all its glyphs:
 *
 *   the style's face (Latin, Greek, Cyrillic) → the cluster's script font → DejaVu → the other script fonts.
 *
 * DejaVu comes after the script font because it has basic Arabic and Hebrew letters but not Urdu's
 * ہ ے ۔: a word split between two fonts loses its joining. Spaces and punctuation between two letters
 * of a script font stay in it (fewer runs, its own spacing). Script fonts are parsed on first use.
 * A cluster no font has is replaced and handed to `onMissing` (one warning per publication, see
 * missing-glyphs.ts); an emoji is never replaced by U+FFFD but by its name.
 */
import * as fontkit from 'fontkit'
import {baseAssets, type AssetName} from './assets.js'
import {emojiName} from './emoji-names.js'
import {families, familyAssets, familyOf, graphemes, ignorable, isNeutral, type Family} from './scripts.js'

/** The faces the layout uses; each maps to one asset. */
export type Face =
  | 'serif'
  | 'serifItalic'
  | 'serifBold'
  | 'serifBoldItalic'
  | 'sans'
  | 'sansSemibold'
  | 'sansBold'
  | 'mono'

const faceAssets: Record<Face, AssetName> = {
  serif: 'serif-regular',
  serifItalic: 'serif-italic',
  serifBold: 'serif-bold',
  serifBoldItalic: 'serif-bold-italic',
  sans: 'sans-regular',
  sansSemibold: 'sans-semibold',
  sansBold: 'sans-bold',
  mono: 'mono-regular'
}

/** Bold faces fall back to bold fonts where the script has one, the others to regular. */
const boldFaces = new Set<Face>(['serifBold', 'serifBoldItalic', 'sansSemibold', 'sansBold'])

/** A stretch of text set in one registered font (a face name, `fallback[Bold]`, or `<family>[Bold]`). */
export interface Run {
  text: string
  font: string
}

/** Parsed fonts plus a per-font coverage cache. */
export interface Fonts {
  /** Registered font name → fontkit font; script fonts appear once they were first needed. */
  registry: Map<string, fontkit.Font>
  /** Split text into runs of fonts that can draw it; clusters no font has go to `onMissing`. */
  runs: (text: string, face: Face, onMissing?: (cluster: string) => void) => Run[]
  /** True when the face draws every character of `text` (the fast path: one run, pdfkit's own layout). */
  covers: (text: string, face: Face) => boolean
  /** True for the faces and DejaVu, which pdfkit lays out by itself; false for script fonts. */
  isBase: (font: string) => boolean
}

/** Shown instead of a character no embedded font can draw; DejaVu has it. */
const replacement = '\uFFFD'

/** Register name of a family's font for a face (bold where the family has a bold file). */
function familyFont(family: Family, face: Face): string {
  return boldFaces.has(face) && familyAssets[family].bold ? `${family}Bold` : family
}

/** Parse the base faces now and script fonts on first use; throws a clear error for a missing asset. */
export function loadFonts(assets: Record<string, Uint8Array>): Fonts {
  const registry = new Map<string, fontkit.Font>()
  const parse = (name: AssetName): fontkit.Font => {
    const bytes = assets[name]
    if (!bytes) throw new Error(`@dossier/pdf: expected font asset "${name}" in options.assets (see assetFiles)`)
    const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    if (!('hasGlyphForCodePoint' in font))
      throw new Error(`@dossier/pdf: asset "${name}" is a font collection, expected one font`)
    return font
  }
  for (const face of Object.keys(faceAssets) as Face[]) registry.set(face, parse(faceAssets[face]))
  registry.set('fallback', parse(baseAssets[7]!))
  registry.set('fallbackBold', parse(baseAssets[8]!))
  const fontOf = (name: string): fontkit.Font => {
    let font = registry.get(name)
    if (!font) {
      const bold = name.endsWith('Bold')
      const family = familyAssets[(bold ? name.slice(0, -4) : name) as Family]
      font = parse(bold ? family.bold! : family.regular)
      registry.set(name, font)
    }
    return font
  }

  // Per font, what fontkit answered for each code point: 0 not asked, 1 no glyph, 2 a glyph. The
  // question is asked for every character of every text (50 million for a 50 MB source), so the
  // answers sit in a typed array indexed by code point, not in a map keyed by strings.
  const coverage = new Map<string, Uint8Array>()
  const has = (font: string, cp: number) => {
    let known = coverage.get(font)
    if (!known) {
      known = new Uint8Array(0x110000)
      coverage.set(font, known)
    }
    const answer = known[cp]
    if (answer) return answer === 2
    const drawn = fontOf(font).hasGlyphForCodePoint(cp)
    known[cp] = drawn ? 2 : 1
    return drawn
  }
  /** A font draws a cluster when it has every character but the format characters it may drop. */
  const draws = (font: string, cluster: string) => {
    let any = false
    for (const char of cluster) {
      const cp = char.codePointAt(0)!
      if (has(font, cp)) any = true
      else if (!(cp === 0x200c || cp === 0x200d || cp === 0xfe0e || cp === 0xfe0f)) return false
    }
    return any
  }
  const covers = (text: string, face: Face) => {
    for (const char of text) {
      const cp = char.codePointAt(0)!
      if (cp !== 0x20 && cp !== 0x0a && !has(face, cp)) return false
    }
    return true
  }

  // Only the script fonts the renderer passed (those its publications need, see render-pdf.ts) take part;
  // `in` does not read a lazily loaded asset.
  const passed = families.filter((family) => familyAssets[family].regular in assets)
  const chainFor = (family: Family | null, face: Face): string[] => {
    const fallback = boldFaces.has(face) ? 'fallbackBold' : 'fallback'
    const own = family && passed.includes(family) ? [familyFont(family, face)] : []
    const others = passed.filter((f) => f !== family).map((f) => familyFont(f, face))
    if (family === 'emoji') return [...own, face, fallback, ...others]
    return [face, ...own, fallback, ...others]
  }

  const runs = (text: string, face: Face, onMissing?: (cluster: string) => void): Run[] => {
    if (covers(text, face)) return text ? [{text, font: face}] : []
    const out: Run[] = []
    const push = (shown: string, font: string) => {
      const last = out.at(-1)
      if (last && last.font === font) last.text += shown
      else out.push({text: shown, font})
    }
    for (const {segment} of graphemes(text)) {
      const previous = out.at(-1)?.font
      // Keep neutral characters in the script font around them (not in the faces, DejaVu or emoji).
      if (
        previous &&
        previous !== face &&
        !previous.startsWith('fallback') &&
        previous !== 'emoji' &&
        isNeutral(segment) &&
        draws(previous, segment)
      ) {
        push(segment, previous)
        continue
      }
      const family = familyOf(segment)
      const font = chainFor(family, face).find((name) => draws(name, segment))
      if (font) {
        push(
          font === 'emoji' || /^(arabic|devanagari|thai|khmer)/.test(font)
            ? segment
            : dropUnsupported(segment, (cp) => has(font, cp)),
          font
        )
        continue
      }
      onMissing?.(segment)
      const name = family === 'emoji' ? emojiName(segment) : null
      if (name) for (const part of runs(`[${name}]`, face)) push(part.text, part.font)
      else push(replacement, boldFaces.has(face) ? 'fallbackBold' : 'fallback')
    }
    return out
  }
  const isBase = (font: string) => font in faceAssets || font.startsWith('fallback')
  return {registry, runs, covers, isBase}
}

/** Remove format characters (ZWJ, ZWNJ, variation selectors) the chosen font has no glyph for. */
function dropUnsupported(cluster: string, has: (cp: number) => boolean): string {
  return cluster.replace(ignorable, (char) => (has(char.codePointAt(0)!) ? char : ''))
}

/** The base faces plus the script fonts of `families`, read from `assets` only for those names. */
export function assetsFor(assets: Record<string, Uint8Array>, families: Iterable<Family>): Record<string, Uint8Array> {
  const names: AssetName[] = [...baseAssets]
  for (const family of families) {
    const {regular, bold} = familyAssets[family]
    names.push(regular, ...(bold ? [bold] : []))
  }
  return Object.fromEntries(names.flatMap((name) => (assets[name] ? [[name, assets[name]]] : [])))
}

/** Parsed fonts by the assets object they came from and the families passed (see `fontsFor`). */
const parsed = new WeakMap<object, Map<string, Fonts>>()

/**
 * Fonts for the base faces plus `families` (which decide the fallback chain), parsed once per
 * assets object and family set: a worker renders publication after publication with the same
 * assets. Sharing is safe because each document forgets the glyph cache of a font it registers
 * (`forgetGlyphs`) and a document is laid out without awaiting anything in between.
 */
export function fontsFor(assets: Record<string, Uint8Array>, families: Iterable<Family>): Fonts {
  const wanted = new Set(families)
  const key = familiesOrder(wanted).join(' ')
  let byFamilies = parsed.get(assets)
  if (!byFamilies) {
    byFamilies = new Map()
    parsed.set(assets, byFamilies)
  }
  let fonts = byFamilies.get(key)
  if (!fonts) {
    fonts = loadFonts(assetsFor(assets, wanted))
    byFamilies.set(key, fonts)
  }
  return fonts
}

/** Families in chain order (a stable key and a stable list for JSON). */
export function familiesOrder(wanted: Set<Family>): Family[] {
  return families.filter((family) => wanted.has(family))
}

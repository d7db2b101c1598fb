/**
 * Fonts: every face is a full TrueType file passed in by the CLI, embedded as a subset with a
 * ToUnicode map. pdfkit has no fallback of its own, so text is split into runs: characters the face
 * lacks are set in DejaVu, and characters no font has are replaced and reported (never a silent box).
 */
import * as fontkit from 'fontkit'
import type {AssetName} from './assets.js'

/** The faces the layout uses; each maps to one asset. */
export type Face = 'serif' | 'serifItalic' | 'serifBold' | 'serifBoldItalic' | 'sans' | 'sansSemibold' | 'sansBold'

const faceAssets: Record<Face, AssetName> = {
  serif: 'serif-regular',
  serifItalic: 'serif-italic',
  serifBold: 'serif-bold',
  serifBoldItalic: 'serif-bold-italic',
  sans: 'sans-regular',
  sansSemibold: 'sans-semibold',
  sansBold: 'sans-bold'
}

/** Bold faces fall back to bold DejaVu, the others to regular. */
const boldFaces = new Set<Face>(['serifBold', 'serifBoldItalic', 'sansSemibold', 'sansBold'])

/** A stretch of text set in one registered font. */
export interface Run {
  text: string
  font: string
}

/** Parsed fonts plus a per-face coverage cache. */
export interface Fonts {
  /** Registered font name → fontkit font (pdfkit accepts fontkit fonts directly: no file access). */
  registry: Map<string, fontkit.Font>
  /** Split text into runs of faces that can draw it, reporting characters no font has. */
  runs: (text: string, face: Face) => Run[]
}

/** Shown instead of a character no embedded font can draw; DejaVu has it. */
const replacement = '\uFFFD'

/** Parse the font assets once per render; throws a clear error when the CLI did not pass one. */
export function loadFonts(assets: Record<string, Uint8Array>, report: (message: string) => void): Fonts {
  const registry = new Map<string, fontkit.Font>()
  const parse = (name: AssetName): fontkit.Font => {
    const bytes = assets[name]
    if (!bytes) throw new Error(`@dossier/pdf: expected font asset "${name}" in options.assets (see assetFiles)`)
    const font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`@dossier/pdf: asset "${name}" is a font collection, expected one font`)
    return font
  }
  for (const face of Object.keys(faceAssets) as Face[]) registry.set(face, parse(faceAssets[face]))
  registry.set('fallback', parse('fallback-regular'))
  registry.set('fallbackBold', parse('fallback-bold'))

  const reported = new Set<number>()
  const coverage = new Map<string, boolean>()
  const has = (font: string, cp: number) => {
    const key = `${font}:${cp}`
    let known = coverage.get(key)
    if (known === undefined) coverage.set(key, (known = registry.get(font)!.hasGlyphForCodePoint(cp)))
    return known
  }
  const fontFor = (cp: number, face: Face): string | null => {
    // Spaces and line breaks are always drawable: pdfkit handles them itself.
    if (cp === 0x20 || cp === 0x0a || has(face, cp)) return face
    const fallback = boldFaces.has(face) ? 'fallbackBold' : 'fallback'
    if (has(fallback, cp)) return fallback
    if (!reported.has(cp)) {
      reported.add(cp)
      report(`pdf: no embedded font has U+${cp.toString(16).toUpperCase().padStart(4, '0')}; it is shown as ${replacement}`)
    }
    return null
  }

  const runs = (text: string, face: Face): Run[] => {
    const out: Run[] = []
    for (const char of text) {
      let font = fontFor(char.codePointAt(0)!, face)
      let shown = char
      if (font === null) {
        shown = replacement
        font = boldFaces.has(face) ? 'fallbackBold' : 'fallback'
      }
      const last = out.at(-1)
      if (last && last.font === font) last.text += shown
      else out.push({text: shown, font})
    }
    return out
  }
  return {registry, runs}
}

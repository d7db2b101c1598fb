/**
 * Names of emoji, for the rare emoji the emoji font lacks (newer than Noto Emoji's release): a reader
 * sees "[shaking face]" instead of a box or U+FFFD. The names are CLDR's short names as published in
 * the Unicode emoji data (`unicode-emoji-json`), loaded on first use.
 */
import {createRequire} from 'node:module'

type EmojiData = Record<string, {name: string}>

let data: EmojiData | undefined

/** The CLDR short name of an emoji cluster ("shaking face"), ignoring skin tones and U+FE0F; null when unknown. */
export function emojiName(cluster: string): string | null {
  data ??= createRequire(import.meta.url)('unicode-emoji-json') as EmojiData
  const bare = cluster.replace(/[\u{1F3FB}-\u{1F3FF}]/gu, '')
  return (
    data[cluster]?.name ??
    data[bare]?.name ??
    data[bare.replace(/\uFE0F/g, '')]?.name ??
    data[`${bare}\uFE0F`]?.name ??
    null
  )
}

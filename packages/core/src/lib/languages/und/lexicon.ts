import type {Lexicon} from '../types.js'

/**
 * Words that belong to no one language: names of networks and agencies, language codes, domain
 * endings, name particles shared by many languages. Lower-case; compiled like any language's.
 */
export const lexicon = {
  socialNetwork: [
    'facebook',
    'twitter',
    'x',
    'whatsapp',
    'linkedin',
    'telegram',
    'reddit',
    'pinterest',
    'messenger',
    'instagram',
    'youtube',
    'tiktok'
  ],
  agency: [
    'picture alliance',
    'ap',
    'afp',
    'reuters',
    'getty images',
    'getty',
    'dpa',
    'epa',
    'xinhua',
    'tass',
    'ani',
    'pti'
  ],
  languageCode: ['en', 'fr', 'de', 'es', 'ru', 'zh', 'ur', 'ar', 'fa', 'hi', 'tr'],
  tld: [
    'com',
    'org',
    'net',
    'info',
    'ru',
    'cn',
    'pk',
    'in',
    'ir',
    'de',
    'fr',
    'es',
    'tr',
    'uk',
    'co',
    'io',
    'news',
    'tv',
    'fm'
  ],
  nameParticle: [
    'von',
    'van',
    'der',
    'den',
    'de',
    'da',
    'di',
    'du',
    'del',
    'la',
    'le',
    'bin',
    'bint',
    'ibn',
    'al',
    'el',
    'ul'
  ],
  fileExtension: ['webm', 'mp4', 'mp3', 'ogg', 'wav', 'srt', 'vtt', 'pdf', 'doc', 'docx'],
  timeZone: ['et', 'gmt', 'utc', 'cet', 'pkt', 'ist'],
  imageExtension: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'avif'],
  mastheadWord: ['radio', 'tv']
} as const satisfies Lexicon

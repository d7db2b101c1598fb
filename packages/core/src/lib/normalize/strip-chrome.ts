/**
 * Remove the parts of a copied web page that are not the text: site headers and navigation,
 * "Read more" and "Related" links, share and newsletter prompts, advertisement markers,
 * copyright footers. Each rule is a pattern over a whole short unit, so a sentence that merely
 * mentions "advertisement" is never touched. Every removed line is listed with its reason.
 */
import type {State} from './state.js'
import {removeUnit} from './state.js'
import type {Unit} from './unit.js'
import {stripMenus, stripSiteName, stripStructure, stripTrailingLinks} from './chrome-structure.js'
import {parseDateLine as parseDateLineShape} from '../text/dates.js'
import {lexicon} from '../languages/index.js'
import {endsWithQuestion, sentenceTerminal} from '../text/sentence-marks.js'

/** The last character ends a sentence, in any script. */
const endsSentence = new RegExp(`${sentenceTerminal}$`, 'u')

/**
 * A line that is only a link to the rest of the piece ("Read the rest of this entry »", "Lire la
 * suite", "Continue reading “Title”", "Weiterlesen mit Abo", "1 2 3 次ページ"): the phrase of the
 * concepts `readOn` or `nextPage` in any language, after pager numbers, followed by nothing but
 * arrows, a quoted title or up to three words. `detect-truncation.ts` reads one after the text as a cut.
 */
export const continuation = new RegExp(
  `^[\\p{N}\\s|·•/.,–—-]*${lexicon(['readOn', 'nextPage'], undefined, {words: 'whole'})}\\s*[:»›>→…]*\\s*(?:[“"«„‘'「『].{1,160}|(?:[^\\s:]+\\s*){0,3})$`,
  'iu'
)

interface ChromeRule {
  rule: string
  reason: string
  pattern: RegExp
  /** Longest unit (in words) the rule may remove. */
  maxWords: number
}

const languageName = lexicon('languageName')
const languageCode = lexicon('languageCode')
const listHeading = new RegExp(lexicon('listHeadingWord'), 'i')
const closingComment = new RegExp(`^${lexicon('postComment')}\\s*$`, 'iu')
const pagerItem = lexicon(['pager', 'home'], ['en', 'de', 'fr', 'es'])
const social = `(?:${lexicon('socialNetwork')}|${lexicon('shareVia', ['en'])})`

/** One button or box label, in any language `languages/` lists. */
const widgetWord = lexicon([
  'menuLabel',
  'followUs',
  'loadMore',
  'storeButton',
  'related',
  'share',
  'siteLists',
  'login',
  'sitePage',
  'search',
  'subscribe',
  'subscribersOnly',
  'archive',
  'home',
  'commentFeed'
])

/**
 * Single-line widgets in the languages our sources come in: buttons, boxes, switchers; up to five
 * button labels in a row, as a copied toolbar prints them ("找回密码 立即注册", "Log in | Register").
 */
const widgetLine = new RegExp(
  '^(?:' +
    [
      `${widgetWord}(?:\\s*[|·•/]?\\s*${widgetWord}){0,4}`,
      `${lexicon('skipTo')}(?: ${lexicon('skipTo')})*`,
      'browse by [\\p{L} ]{2,20}',
      'more (?:stories|news|videos) from .{2,30}',
      `${lexicon('share')} close`,
      'like this',
      'like loading\\.{0,3}',
      `(?:${lexicon('transcriptKind')} )?transcript(?: ${lexicon('transcriptFollows')})?`,
      '(?:as )?heard on .{2,40}',
      '(?:listen|watch) on .{2,30}',
      `${pagerItem}(?: ${pagerItem}){1,3}`,
      '.{0,60}blogthis!.{0,120}',
      `no comments|${lexicon('postComment')}`,
      `${lexicon('postLabels')}\\s?[:：]\\s?.{0,80}`,
      'کد خبر:? ?\\S{1,20}',
      'log ?in \\| (?:subscribe|register|sign up)',
      'sign in \\| subscribe'
    ].join('|') +
    ')\\s*[:.!]?$',
  'iu'
)

/** The rules, in the order they are tried. Exported for the editor docs and the tests. */
export const chromeRules: ChromeRule[] = [
  {rule: 'chrome/site-header', reason: 'site header', pattern: /^\|\s*\S.*$|^Welcome to\s+\S.*$/i, maxWords: 12},
  {
    rule: 'chrome/navigation',
    reason: 'site navigation',
    pattern: new RegExp(
      `^(?:${lexicon(['skipTo', 'menuButton', 'home', 'login'], ['en'])}|You are here:.*|Home\\s*(?:[>»/|›]\\s*[^>»/|›]+)+)$`,
      'i'
    ),
    maxWords: 16
  },
  {
    rule: 'chrome/read-more',
    reason: '"Read more" link',
    pattern: new RegExp(`^${lexicon('readMore')}\\s*(?:[:\\-–—|»>]|$)`, 'i'),
    maxWords: 30
  },
  {
    rule: 'chrome/continued',
    reason: 'link to the rest of the piece on another page',
    pattern: continuation,
    maxWords: 40
  },
  {
    rule: 'chrome/also-read',
    reason: '"Also read" link',
    pattern: new RegExp(`^(?:${lexicon('alsoRead')}|more from .{1,40})\\s*(?:[:\\-–—|»>：]|$)`, 'iu'),
    maxWords: 30
  },
  {
    rule: 'chrome/related',
    reason: '"Related" link',
    pattern: new RegExp(`^${lexicon('related', ['en'])}\\s*(?:[:\\-–—|»>]|$)`, 'i'),
    maxWords: 30
  },
  {
    rule: 'chrome/share',
    reason: 'share prompt',
    pattern: new RegExp(
      `^(?:share(?: this)?(?: ${lexicon('sharedThing')})?(?: on ${social})?|tweet|click to share.*|follow us(?: on .*)?|${social}(?:[\\s,|·•/]+${social})*)\\s*[:!.]?$`,
      'i'
    ),
    maxWords: 20
  },
  {
    rule: 'chrome/subscribe',
    reason: 'subscription prompt',
    pattern: new RegExp(
      `^(?:${lexicon('signUpLead')}\\b.*|.{0,40}\\b${lexicon('signUpPhrase')}.*|${lexicon('signUpGet')} .*(?:inbox|newsletter).*|enter your e-?mail.*)$`,
      'i'
    ),
    maxWords: 30
  },
  {
    rule: 'chrome/advertisement',
    reason: 'advertisement marker',
    pattern: new RegExp(`^(?:${lexicon('advertisement')}|ads by .*|scroll to continue.*)\\s*[:.]?$`, 'i'),
    maxWords: 8
  },
  {
    rule: 'chrome/copyright',
    reason: 'copyright footer',
    pattern: new RegExp(`^(?:©|\\(c\\)\\s|copyright\\b).*|^${lexicon('rightsReserved', ['en'])}\\.?$`, 'i'),
    maxWords: 30
  },
  {
    rule: 'chrome/comments',
    reason: 'comments prompt',
    pattern: new RegExp(
      `^(?:\\d+\\s+${lexicon('commentWord')}|${lexicon('commentWord')}\\s*\\(?\\d+\\)?|(?:(?:${lexicon(['commentsPrompt', 'commentWord'])})\\s*[:：]?\\s*)?${lexicon('noComments')}|${lexicon('commentsPrompt')}(?:\\s*\\d+)?|.{2,40} ${lexicon('commenterSaid')}(?:…|\\.\\.\\.)?)\\s*[:.!»›→]*$`,
      'iu'
    ),
    maxWords: 8
  },
  {
    // WordPress's and Blogger's comment form, in the blog's language: "Your email address will not be published."
    rule: 'chrome/comment-form',
    reason: 'comment form',
    pattern: new RegExp(`^${lexicon('commentForm', undefined, {words: 'start'})}`, 'iu'),
    maxWords: 40
  },
  {
    rule: 'chrome/paywall',
    reason: 'paywall prompt',
    pattern: new RegExp(lexicon('paywall', undefined, {words: 'whole'}), 'iu'),
    maxWords: 30
  },
  {
    rule: 'chrome/cookies',
    reason: 'cookie banner',
    pattern: new RegExp(lexicon('cookies', undefined, {words: 'whole'}), 'iu'),
    maxWords: 45
  },
  {
    rule: 'chrome/credit',
    reason: 'picture credit',
    pattern: new RegExp(
      `^${lexicon('pictureLabel')}(?:\\s+credit)?s?\\s*[:|/©]\\s*\\S.*$|^${lexicon('creditLabel')}\\s*[:]\\s*\\S.*$`,
      'i'
    ),
    maxWords: 16
  },
  {
    rule: 'chrome/tags',
    reason: 'tags and categories',
    pattern: new RegExp(`^${lexicon('tagsLabel', ['en'])}\\s*:\\s*\\S.*$`, 'i'),
    maxWords: 30
  },
  {
    // "Posted in Europe, Russia | Tagged Crimea | Leave a Comment »", "Ditulis dalam Uncategorized | 3 Komentar":
    // a blog's categories line, told from a provenance sentence ("Publicado en El País …") by its bars or comment counter.
    rule: 'chrome/tags',
    reason: 'tags and categories',
    pattern: new RegExp(
      `^${lexicon('postedIn', undefined, {words: 'whole'})}\\s*:?\\s+.{1,80}?(?:\\s[|•]\\s.*|\\s\\d+\\s+${lexicon('commentWord')}.*)$`,
      'iu'
    ),
    maxWords: 30
  },
  {
    rule: 'chrome/lists',
    reason: 'site list heading',
    pattern: new RegExp(`^${lexicon('siteLists', ['en'])}\\s*[:.]?$`, 'i'),
    maxWords: 6
  },
  {
    rule: 'chrome/widget',
    reason: "the site's promotion links",
    pattern: new RegExp(lexicon('promotion', undefined, {words: 'whole'}), 'iu'),
    maxWords: 12
  },
  {
    rule: 'chrome/share',
    reason: 'share buttons',
    pattern: new RegExp(lexicon('shareButton'), 'iu'),
    maxWords: 40
  },
  {
    rule: 'chrome/tagline',
    reason: "the site's tagline",
    pattern: /^From [\p{L}\p{N} .'’-]{2,40}, the (?:free )?[\p{L} -]{2,40}$/u,
    maxWords: 14
  },
  {
    rule: 'chrome/share',
    reason: 'social media links',
    pattern: new RegExp(
      `^follow .{1,40} on ${lexicon('socialNetwork')}\\b.*$|^.{0,40}\\bsubscribe to (?:feed|rss|our feed)$`,
      'iu'
    ),
    maxWords: 16
  },
  {
    rule: 'chrome/site-address',
    reason: 'site address on a line of its own',
    pattern: new RegExp(
      `^(?:https?:\\/\\/)?(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.${lexicon('tld')}\\/?$`,
      'iu'
    ),
    maxWords: 1
  },
  {rule: 'structure/separator', reason: 'separator line', pattern: /^(?:[*\-_=~•·#]\s*){3,}$/u, maxWords: 12},
  {
    rule: 'chrome/timestamp',
    reason: 'transcript timestamp',
    pattern: /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?$/u,
    maxWords: 1
  },
  {
    rule: 'chrome/metadata',
    reason: 'archive metadata field',
    // Not a question or answer prefix set the French way, with a space before the colon ("Q : …").
    pattern: new RegExp(
      `^(?!(?:${lexicon(['questionPrefix', 'answerPrefix'])})\\s:)[\\p{L}]+(?:,\\s*[\\p{L}]+)?\\s:\\s\\S.{0,60}$`,
      'iu'
    ),
    maxWords: 8
  },
  {
    rule: 'chrome/reading-time',
    reason: 'reading time',
    pattern: new RegExp(`^\\d{1,3}\\s*${lexicon('minuteUnit')}\\s*${lexicon('readingTime')}?$`, 'iu'),
    maxWords: 5
  },
  {
    rule: 'chrome/source-line',
    reason: 'source or font-size widget',
    pattern: new RegExp(
      `^(?:【[^】]{0,30}】|.{2,80}[.。]\\s*${lexicon('photo', ['ja', 'ko', 'en'])}\\s*[=:：]\\s*\\S.{0,20}|来源[:：]\\s*\\S.{0,30}|source\\s*:\\s*\\S.{0,40}|difficulty\\s*:\\s*\\d+|index for .{3,40})$`,
      'iu'
    ),
    maxWords: 8
  },
  {
    rule: 'chrome/date-label',
    reason: 'date label whose date did not load',
    pattern: new RegExp(
      `^(?:${lexicon('published', ['en', 'de', 'fr', 'es', 'it', 'ru'])}|${lexicon('updated', ['en'])}|on)\\s*${lexicon('dateLabelTail', ['en', 'fr', 'de'])}?\\s*:?$`,
      'iu'
    ),
    maxWords: 2
  },
  {rule: 'chrome/widget', reason: 'page widget or button', pattern: widgetLine, maxWords: 8},
  {
    rule: 'chrome/advertisement',
    reason: 'advertisement placeholder',
    pattern: new RegExp(
      `^\\[\\s*(?:ad_?\\d*|${lexicon('adLabel')})\\s*\\]$|^${lexicon('adSlot')}[\\s-]*(?:ad|ads|banner)(?:\\s*\\d+)?$`,
      'iu'
    ),
    maxWords: 4
  },
  {
    rule: 'chrome/counter',
    reason: 'comment or share counter',
    pattern: new RegExp(
      `^(?:\\d{1,5}|${lexicon('commentWord')}\\s*[:(]?\\s*\\d{0,5}\\)?\\s*:?|\\d{1,5}\\s+${lexicon('commentWord')})$`,
      'iu'
    ),
    maxWords: 3
  },
  {
    rule: 'chrome/duration',
    reason: 'audio or reading time',
    pattern: new RegExp(
      `^(?:\\d{1,3}\\s*${lexicon('durationUnit')}\\s*){1,3}(?:${lexicon('readingTime', ['en', 'fr', 'es', 'de'])}|listen)?$|^${lexicon('readingTimeLabel')}\\s*:?\\s*\\d.*$`,
      'iu'
    ),
    maxWords: 8
  },
  {
    rule: 'chrome/language-switcher',
    reason: 'language switcher',
    pattern: new RegExp(
      `^(?:\\p{RI}{2}\\s*)?${languageName}(?:\\s*[|/·•]\\s*(?:${languageName}|${languageCode}))*$|^${languageCode}(?:\\s*[|/·•]\\s*${languageCode})+$`,
      'iu'
    ),
    maxWords: 10
  },
  {
    rule: 'chrome/file-name',
    reason: 'image file name left as text',
    pattern: new RegExp(`^[\\w.-]*_[\\w.-]*$|^[\\w.-]+\\.${lexicon('imageExtension')}$`, 'iu'),
    maxWords: 1
  },
  {
    rule: 'chrome/player',
    reason: 'audio or video player',
    pattern: new RegExp(`^(?:${lexicon('player')}|this transcript was (?:automatically )?generated.*)\\s*[:.]?$`, 'iu'),
    maxWords: 10
  },
  {
    rule: 'chrome/caption',
    reason: 'photo credit',
    pattern: new RegExp(
      `^[(（]?${lexicon(['photo', 'photoBy'], ['zh', 'ko', 'ja', 'fa', 'ar', 'hi'])}\\s*[:=：]\\s*\\S.{0,30}[)）]?$`,
      'u'
    ),
    maxWords: 6
  },
  {
    rule: 'chrome/caption',
    reason: 'photo caption with its credit',
    pattern: new RegExp(
      `(?:^|[\\s.])${lexicon('photo', ['en', 'de', 'ru', 'ar', 'fa'])}\\s*(?:credit|by)?\\s*:\\s*\\S.{0,80}$|\\((?:[^()]*\\/){1,}[^()]*\\)$|\\((?:${lexicon('photo', ['en', 'de'])}|${lexicon('agency')})[^()]{0,60}\\)$`,
      'iu'
    ),
    maxWords: 40
  }
]

/** The rule that matches a line, if any. */
export function matchChrome(text: string): ChromeRule | undefined {
  // No rule takes more than 45 words: a long paragraph is never chrome (and is not split to count).
  if (text.length > 700) return undefined
  const words = text.split(/\s+/).length
  return chromeRules.find((rule) => words <= rule.maxWords && rule.pattern.test(text))
}

/** Remove a paragraph that repeats the one before it word for word (a copying accident). Runs after the head, so a doubled title is a "repeated title". */
export function removeDuplicates(state: State): void {
  // A short line printed again further down (a book card, a caption) is page furniture.
  const seen = new Map<string, Unit>()
  const firstText = state.units.findIndex((u) => u.role === null && u.text.split(/\s+/).length > 40)
  state.units.forEach((unit, index) => {
    if (unit.role !== null || unit.tree.type !== 'paragraph') return
    const words = unit.text.split(/\s+/).length
    const first = seen.get(unit.text)
    const adjacent = first !== undefined && state.units[index - 1] === first
    // A line ending in a colon printed again is a speaker's label before each of their turns, not furniture.
    if (first && !adjacent && words >= 4 && words <= 20 && !endsWithQuestion(unit.text) && !/[:：]$/u.test(unit.text)) {
      // Both copies in the head (before the text starts) are furniture; later, the first copy is the text.
      if (first.role === null && (firstText < 0 || index < firstText))
        removeUnit(state, first, 'chrome/repeated', 'printed twice on the page (page furniture)')
      removeUnit(state, unit, 'chrome/repeated', 'printed again on the page')
    } else if (!first) seen.set(unit.text, unit)
  })
  let previous: Unit | null = null
  for (const unit of state.units) {
    if (unit.role !== null) continue
    if (previous && previous.text === unit.text && unit.text.split(/\s+/).length >= 3)
      removeUnit(state, unit, 'chrome/duplicate', 'duplicated paragraph (same as the one before)')
    else previous = unit
  }
}

/** Remove chrome units and remember the site a header names. */
export function stripChrome(state: State): void {
  stripMenus(state)
  stripSiteName(state)
  state.units.forEach((unit, index) => {
    if (unit.role !== null || !isPlain(unit)) return
    const rule = matchChrome(unit.text)
    if (!rule) return
    removeUnit(state, unit, rule.rule, rule.reason)
    // A sign-up box's second line ("Our newsletter brings you…") goes with its prompt.
    const after = state.units[index + 1]
    if (
      rule.rule === 'chrome/subscribe' &&
      after &&
      after.role === null &&
      after.text.split(/\s+/).length <= 25 &&
      /\b(?:newsletter|inbox|e-?mail|subscribe|sign up)\b/iu.test(after.text)
    ) {
      removeUnit(state, after, rule.rule, `${rule.reason} (its text)`)
    }
    // "1 Kommentar:" after the text opens the comments: they run to "Post a Comment" (or the page's end).
    if (
      rule.rule === 'chrome/comments' &&
      /\d|:$/u.test(unit.text) &&
      state.units.slice(0, index).some((u) => u.role === null && u.text.split(/\s+/).length >= 30)
    ) {
      for (let j = index + 1; j < state.units.length; j++) {
        const item = state.units[j]!
        if (item.role !== null) continue
        const closing = closingComment.test(item.text)
        if (!closing && parseDateLineShape(item.text) && j > index + 2) break
        removeUnit(state, item, rule.rule, `${rule.reason} (a reader's comment)`)
        if (closing) break
      }
    }
    // A bare "Related" / "Read more" / "Lire aussi" heading takes the headlines listed under it.
    if (/related|also-read|lists|read-more/.test(rule.rule) && unit.text.split(/\s+/).length <= 4) {
      for (let j = index + 1; j < state.units.length; j++) {
        const item = state.units[j]!
        if (item.role !== null || item.text.split(/\s+/).length > 20 || endsSentence.test(item.text)) break
        removeUnit(state, item, rule.rule, `${rule.reason} (a headline listed under it)`)
      }
    }
    const next = state.units[index + 1]
    if (
      unit.heading > 0 &&
      next?.tree.type === 'list' &&
      (/related|read|also/.test(rule.rule) || listHeading.test(unit.text))
    ) {
      removeUnit(state, next, rule.rule, `${rule.reason} (its list of links)`)
    }
    // "© 2017 Northern Light Magazine", "Copyright © 2020 Radio Kestrel. All rights reserved.": the site's owner.
    if (rule.rule === 'chrome/copyright' && !state.site) {
      const owner = unit.text
        .replace(/^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*/iu, '')
        .replace(new RegExp(`[.,]?\\s*${lexicon('rightsReserved')}\\.?$`, 'iu'), '')
        .trim()
      if (/^\p{Lu}[\p{L}\p{N} .&'’-]{1,50}$/u.test(owner) && owner.split(/\s+/).length <= 6)
        state.site = {name: owner.replace(/\.$/u, ''), line: unit.line}
    }
    if (rule.rule === 'chrome/site-header' && !state.site) {
      const name = unit.text
        .replace(/^\|\s*/, '')
        .replace(/^Welcome to\s+/i, '')
        .replace(/[\s|!.]+$/, '')
      if (name) state.site = {name, line: unit.line}
    }
  })
  stripStructure(state)
  stripTrailingLinks(state)
}

/** Chrome is always a paragraph (or plain line); lists, quotes and code are content. */
function isPlain(unit: Unit): boolean {
  return unit.tree.type === 'paragraph' || unit.tree.type === 'heading'
}

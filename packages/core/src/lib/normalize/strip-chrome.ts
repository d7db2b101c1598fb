/**
 * Remove the parts of a copied web page that are not the text: site headers and navigation,
 * "Read more" and "Related" links, share and newsletter prompts, advertisement markers,
 * copyright footers. Each rule is a pattern over a whole short unit, so a sentence that merely
 * mentions "advertisement" is never touched. Every removed line is listed with its reason.
 */
import type {State} from './state.js'
import {removeUnit} from './state.js'
import type {Unit} from './unit.js'

interface ChromeRule {
  rule: string
  reason: string
  pattern: RegExp
  /** Longest unit (in words) the rule may remove. */
  maxWords: number
}

const social = '(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Telegram|Reddit|Email|E-mail|Pinterest|Print|Copy link|Messenger)'

/** The rules, in the order they are tried. Exported for the editor docs and the tests. */
export const chromeRules: ChromeRule[] = [
  {rule: 'chrome/site-header', reason: 'site header', pattern: /^\|\s*\S.*$|^Welcome to\s+\S.*$/i, maxWords: 12},
  {
    rule: 'chrome/navigation',
    reason: 'site navigation',
    pattern: /^(?:Skip to (?:main )?content|Menu|Search|Home|Log ?in|Sign ?in|Sign up|Register|Close|Toggle navigation|Main menu|Back to top|You are here:.*|Home\s*(?:[>»/|›]\s*[^>»/|›]+)+)$/i,
    maxWords: 16
  },
  {rule: 'chrome/read-more', reason: '"Read more" link', pattern: /^(?:read more|read also|more to read|continue reading)\s*(?:[:\-–—|»>]|$)/i, maxWords: 30},
  {rule: 'chrome/also-read', reason: '"Also read" link', pattern: /^(?:also read|also see|see also|don['’]t miss|must read|recommended(?: for you)?|you may also like|you might also like|more from .{1,40})\s*(?:[:\-–—|»>]|$)/i, maxWords: 30},
  {rule: 'chrome/related', reason: '"Related" link', pattern: /^related(?: articles?| stories| posts| news| reading| content)?\s*(?:[:\-–—|»>]|$)/i, maxWords: 30},
  {
    rule: 'chrome/share',
    reason: 'share prompt',
    pattern: new RegExp(`^(?:share(?: this)?(?: article| story| post| page)?(?: on ${social})?|tweet|click to share.*|follow us(?: on .*)?|${social}(?:[\\s,|·•/]+${social})*)\\s*[:!.]?$`, 'i'),
    maxWords: 20
  },
  {
    rule: 'chrome/subscribe',
    reason: 'subscription prompt',
    pattern: /^(?:subscribe\b.*|.{0,40}\bsubscribe to (?:our|the) (?:newsletter|podcast|channel).*|sign up (?:for|to) .*|join (?:our|the) (?:newsletter|mailing list|telegram|channel).*|get (?:the latest|our) .*(?:inbox|newsletter).*|(?:free )?newsletter\b.*|enter your e-?mail.*)$/i,
    maxWords: 30
  },
  {rule: 'chrome/advertisement', reason: 'advertisement marker', pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|ads by .*|story continues below(?: advertisement)?|continue reading below|scroll to continue.*)\s*[:.]?$/i, maxWords: 8},
  {rule: 'chrome/copyright', reason: 'copyright footer', pattern: /^(?:©|\(c\)\s|copyright\b).*|^all rights reserved\.?$/i, maxWords: 30},
  {rule: 'chrome/comments', reason: 'comments prompt', pattern: /^(?:\d+\s+comments?|comments?\s*\(\d+\)|leave a (?:comment|reply)|comments?|post a comment|add a comment|view comments|show comments|join the (?:conversation|discussion))\s*[:.]?$/i, maxWords: 8},
  {rule: 'chrome/paywall', reason: 'paywall prompt', pattern: /\b(?:available to (?:subscribers|members) only|click here to subscribe|already a (?:subscriber|member)\?|subscribe to (?:continue|keep) reading|become a (?:member|subscriber)|to continue reading,? (?:subscribe|log in|sign in)|unlock this (?:article|story)|register (?:for free )?to (?:continue|read))\b/i, maxWords: 30},
  {rule: 'chrome/cookies', reason: 'cookie banner', pattern: /\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|manage cookies)\b/i, maxWords: 45},
  {rule: 'chrome/credit', reason: 'picture credit', pattern: /^(?:photo|photograph|picture|image|illustration|graphic|video|file photo|cover photo|header image|featured image)(?:\s+credit)?s?\s*[:|/©]\s*\S.*$|^(?:credit|image credit|photo credit)\s*[:]\s*\S.*$/i, maxWords: 16},
  {rule: 'chrome/tags', reason: 'tags and categories', pattern: /^(?:tags?|topics?|categor(?:y|ies)|filed under|keywords|related topics|more on)\s*:\s*\S.*$/i, maxWords: 30},
  {rule: 'chrome/lists', reason: 'site list heading', pattern: /^(?:most (?:read|popular|viewed|shared)|trending(?: now)?|popular(?: now)?|editor['’]s picks|top stories|latest(?: news| stories)?|recommended|more stories|in case you missed it|listen to this article|print this article|print|save|bookmark|share|follow)\s*[:.]?$/i, maxWords: 6}
]

/** The rule that matches a line, if any. */
export function matchChrome(text: string): ChromeRule | undefined {
  const words = text.split(/\s+/).length
  return chromeRules.find((rule) => words <= rule.maxWords && rule.pattern.test(text))
}

/** Remove a paragraph that repeats the one before it word for word (a copying accident). Runs after the head, so a doubled title is a "repeated title". */
export function removeDuplicates(state: State): void {
  let previous: Unit | null = null
  for (const unit of state.units) {
    if (unit.role !== null) continue
    if (previous && previous.text === unit.text && unit.text.split(/\s+/).length >= 3) removeUnit(state, unit, 'chrome/duplicate', 'duplicated paragraph (same as the one before)')
    else previous = unit
  }
}

/** Remove chrome units and remember the site a header names. */
export function stripChrome(state: State): void {
  state.units.forEach((unit, index) => {
    if (unit.role !== null || !isPlain(unit)) return
    const rule = matchChrome(unit.text)
    if (!rule) return
    removeUnit(state, unit, rule.rule, rule.reason)
    // A "Related"/"Read more" heading takes its list of links with it.
    const next = state.units[index + 1]
    if (unit.heading > 0 && next?.tree.type === 'list' && /related|read|also|more|see|recommended/.test(rule.rule + unit.text.toLowerCase())) {
      removeUnit(state, next, rule.rule, `${rule.reason} (its list of links)`)
    }
    if (rule.rule === 'chrome/site-header' && !state.site) {
      const name = unit.text.replace(/^\|\s*/, '').replace(/^Welcome to\s+/i, '').replace(/[\s|!.]+$/, '')
      if (name) state.site = {name, line: unit.line}
    }
  })
}

/** Chrome is always a paragraph (or plain line); lists, quotes and code are content. */
function isPlain(unit: Unit): boolean {
  return unit.tree.type === 'paragraph' || unit.tree.type === 'heading'
}

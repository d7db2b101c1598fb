/**
 * Page furniture recognised by its markup before the extractor runs, so each part dropped gets a
 * reason an editor understands ("navigation", "comments") rather than "not the article". The
 * names are the ones publishing systems give these parts: WordPress (`site-header`, `sharedaddy`,
 * `comments-area`, `post-navigation`), Blogger (`post-footer`, `blog-pager`), news CMSs and AMP.
 */
import type {Element} from 'hast'

export interface ChromeRule {
  rule: string
  reason: string
  test: (node: Element, inArticle: boolean) => boolean
}

const tokens = (node: Element): string => {
  const className = node.properties['className']
  const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '')
  return ` ${classes} ${String(node.properties['id'] ?? '')} `.toLowerCase()
}
/** Class or id names containing one of `words` as a whole word (split on space, `-` and `_`). */
const named = (...words: string[]) => {
  const re = new RegExp(`[\\s_-](?:${words.join('|')})(?=[\\s_-])`)
  return (node: Element) => re.test(tokens(node))
}
const role = (node: Element) => String(node.properties['role'] ?? '').toLowerCase()
const hidden = (node: Element) =>
  (node.properties['hidden'] !== undefined && node.properties['hidden'] !== false) ||
  String(node.properties['ariaHidden'] ?? '') === 'true' ||
  /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(String(node.properties['style'] ?? ''))

/** In order: the first rule that matches names the reason. */
export const chromeRules: ChromeRule[] = [
  {rule: 'extract/hidden', reason: 'hidden on the page', test: (node) => hidden(node)},
  {
    rule: 'extract/screen-reader',
    reason: 'screen-reader or skip link',
    test: named('skip-link', 'skip', 'screen-reader-text', 'sr-only', 'visually-hidden')
  },
  {rule: 'extract/cookie-banner', reason: 'cookie banner', test: named('cookie', 'cookies', 'consent', 'gdpr')},
  {
    rule: 'extract/navigation',
    reason: 'navigation',
    test: (node) =>
      node.tagName === 'nav' ||
      role(node) === 'navigation' ||
      named('breadcrumb', 'breadcrumbs', 'post-navigation', 'nav-links', 'blog-pager', 'pagination', 'menu')(node)
  },
  {rule: 'extract/date-line', reason: 'date line (read as page metadata)', test: named('date-header', 'dateline')},
  {
    rule: 'extract/site-header',
    reason: 'site header',
    test: (node, inArticle) =>
      !inArticle &&
      (node.tagName === 'header' || role(node) === 'banner' || named('masthead', 'site-header', 'header')(node))
  },
  {
    rule: 'extract/footer',
    reason: 'page footer',
    test: (node, inArticle) =>
      !inArticle &&
      (node.tagName === 'footer' || role(node) === 'contentinfo' || named('colophon', 'site-footer', 'footer')(node))
  },
  {
    rule: 'extract/sidebar',
    reason: 'sidebar',
    test: (node) =>
      node.tagName === 'aside' || role(node) === 'complementary' || named('sidebar', 'widget-area', 'widget')(node)
  },
  {
    rule: 'extract/comments',
    reason: 'comments',
    test: named('comments', 'comment-list', 'comments-area', 'disqus', 'comment-form')
  },
  {
    rule: 'extract/share',
    reason: 'share buttons',
    test: named('share', 'sharing', 'sharedaddy', 'social', 'share-buttons', 'amp-social-share')
  },
  {
    rule: 'extract/related',
    reason: 'related links',
    test: named('related', 'jp-relatedposts', 'yarpp', 'read-more', 'more-stories', 'recommended')
  },
  {
    rule: 'extract/newsletter',
    reason: 'newsletter prompt',
    test: named('newsletter', 'subscribe', 'signup', 'sign-up', 'paywall')
  },
  {
    rule: 'extract/advertisement',
    reason: 'advertisement',
    test: named('ad', 'ads', 'advert', 'advertisement', 'sponsor', 'sponsored', 'dfp', 'promo')
  },
  {
    rule: 'extract/tags',
    reason: 'tags and categories',
    test: named('tags-links', 'cat-links', 'post-tags', 'post-labels', 'entry-footer', 'tags')
  }
]

/** Reasons for what the extractor itself left out, read from the element's names. */
export const leftOutRules: ChromeRule[] = [
  {
    rule: 'extract/byline',
    reason: 'byline (read as page metadata)',
    test: (node) =>
      String(node.properties['rel'] ?? '').includes('author') ||
      named('byline', 'author', 'vcard', 'post-author', 'posted-by')(node)
  },
  {
    rule: 'extract/date-line',
    reason: 'date line (read as page metadata)',
    test: (node) =>
      node.tagName === 'time' ||
      named(
        'posted-on',
        'entry-meta',
        'date-header',
        'dateline',
        'timestamp',
        'published',
        'post-date',
        'article-date',
        'date',
        'post-header'
      )(node)
  }
]

/** The first rule matching `node`, or null. */
export function matchRule(rules: ChromeRule[], node: Element, inArticle: boolean): ChromeRule | null {
  return rules.find((rule) => rule.test(node, inArticle)) ?? null
}

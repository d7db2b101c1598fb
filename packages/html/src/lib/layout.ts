/**
 * The page shell every page shares: head (CSP, metadata, Open Graph, JSON-LD), skip link, banner
 * with search and display controls, footer. Built as hast, serialized once: text is escaped by
 * construction.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {directionOf, interfaceWords, type MetaTag} from '@dossier/core'
import {absoluteUrl, indexPath, type State} from './state.js'
import {stringifyHtml} from './stringify.js'

/**
 * Content Security Policy, delivered by `<meta http-equiv>` because the site may be served by any
 * host (or from disk). No inline script or style is allowed; JSON-LD is a data block, not script.
 * https://www.w3.org/TR/CSP3/#meta-element
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'"
].join('; ')

export interface Page {
  /** Site-relative output path (`index.html`, `people/andrew-korybko.html`). */
  path: string
  /** Page title without the site name. */
  title: string
  description: string
  lang: string
  /** Open Graph type. */
  type: 'website' | 'article'
  main: Array<ElementContent | null>
  /**
   * `<meta name content>` pairs for reference managers (core's Highwire Press and Dublin Core tags,
   * `CitationRecord.meta`), in the head after the Open Graph tags, in order.
   */
  meta?: MetaTag[]
  /** schema.org JSON-LD object, if any. */
  jsonLd?: unknown
  /** Extra deferred scripts (site-relative). */
  scripts?: string[]
  /** Omit the banner's search form (the search page has its own). */
  noHeaderSearch?: boolean
  /** Room for a sidebar beside the text (publication pages). */
  wide?: boolean
  /** Tell robots not to index (the 404 page). */
  noIndex?: boolean
  /**
   * Served at unknown depths (the 404 page): with a base URL, links become absolute so styles and
   * links still resolve from `/a/b/missing`; without one they stay relative to the site root.
   */
  anyDepth?: boolean
}

/** Serialize one page to an HTML document string. */
export function renderPage(state: State, page: Page): string {
  const {collection} = state
  // The way back to the site's root from the page's folder ("../" for `people/x.html`), so links stay relative.
  const root = rootOf(page.path)
  const fullTitle = page.path === 'index.html' ? collection.title : `${page.title} · ${collection.title}`
  const canonical = page.noIndex ? null : absoluteUrl(state, page.path === 'index.html' ? '' : page.path)
  const head: ElementContent[] = [
    h('meta', {charSet: 'utf-8'}),
    h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
    h('meta', {httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy}),
    h('title', fullTitle),
    h('meta', {name: 'description', content: page.description}),
    h('meta', {name: 'color-scheme', content: 'light dark'}),
    ...(page.noIndex ? [h('meta', {name: 'robots', content: 'noindex'})] : []),
    h('link', {rel: 'icon', href: `${root}assets/favicon.svg`, type: 'image/svg+xml'}),
    h('link', {rel: 'stylesheet', href: `${root}assets/site.css`}),
    ...(state.fonts ? [h('link', {rel: 'stylesheet', href: `${root}${state.fonts}`})] : []),
    h('link', {
      rel: 'alternate',
      type: 'application/atom+xml',
      href: `${root}feed.xml`,
      title: `${collection.title} (${interfaceWords(page.lang).term('atomFeed')})`
    }),
    ...(canonical ? [h('link', {rel: 'canonical', href: canonical})] : []),
    h('meta', {property: 'og:title', content: page.title}),
    h('meta', {property: 'og:description', content: page.description}),
    h('meta', {property: 'og:type', content: page.type}),
    h('meta', {property: 'og:site_name', content: collection.title}),
    h('meta', {property: 'og:locale', content: page.lang.replace('-', '_')}),
    ...(canonical ? [h('meta', {property: 'og:url', content: canonical})] : []),
    ...(page.meta ?? []).map((tag) => h('meta', {name: tag.name, content: tag.content})),
    // Blocking on purpose and tiny: applies the remembered theme and text size before first paint.
    h('script', {src: `${root}assets/theme.js`}),
    h('script', {src: `${root}assets/site.js`, defer: true}),
    ...(page.scripts ?? []).map((src) => h('script', {src: `${root}${src}`, defer: true})),
    ...(page.jsonLd ? [jsonLdScript(page.jsonLd)] : [])
  ]
  const words = interfaceWords(page.lang)
  const body: ElementContent[] = [
    h('a.skip-link', {href: '#main'}, words.term('skipToContent')),
    banner(state, page, root),
    h(
      'main#main',
      {tabIndex: -1, className: page.wide ? ['wide'] : undefined},
      page.main.filter((node): node is ElementContent => node !== null)
    ),
    footer(state, page, root)
  ]
  // The page's language and, for Arabic, Persian, Urdu or Hebrew, its direction (https://www.w3.org/International/questions/qa-html-dir).
  const dir = directionOf(page.lang)
  const html = h('html', {lang: page.lang, dir: dir === 'rtl' ? 'rtl' : undefined}, [h('head', head), h('body', body)])
  const tree: Root = {type: 'root', children: [{type: 'doctype'}, page.anyDepth ? absolutize(state, html) : html]}
  return `${stringifyHtml(tree)}\n`
}

function banner(state: State, page: Page, root: string): Element {
  const words = interfaceWords(page.lang)
  return h('header.site-header', [
    h('div.bar', [
      h('a.brand', {href: `${root}index.html`}, [
        h('span.brand-mark', {ariaHidden: 'true'}, '§'),
        ' ',
        state.collection.title
      ]),
      // The collection's people and outlets, from every page (ARIA's aria-current marks the one shown).
      h(
        'nav.site-nav',
        (['people', 'outlets'] as const).map((key) => {
          const path = indexPath(key)
          return h(
            'a',
            {
              href: `${root}${path}`,
              ariaCurrent: page.path === path ? 'page' : undefined,
              lang: otherLang(words, key, page.lang)
            },
            words.term(key)
          )
        })
      ),
      page.noHeaderSearch
        ? null
        : h(
            'form.search-form',
            {action: `${root}search.html`, method: 'get', role: 'search', hidden: true, dataJs: ''},
            [
              h('label.visually-hidden', {for: 'site-search'}, words.term('searchCollection')),
              h('input#site-search', {
                type: 'search',
                name: 'q',
                placeholder: `${words.term('search')}…`,
                autoComplete: 'off',
                dir: 'auto',
                ariaKeyShortcuts: '/'
              }),
              h('button', {type: 'submit'}, words.term('search'))
            ]
          ),
      // Each control in the language its words are in (English where the page's table lacks them).
      h(
        'div.controls',
        {
          role: 'group',
          ariaLabel: words.term('displaySettings'),
          hidden: true,
          dataJs: '',
          lang: otherLang(words, 'displaySettings', page.lang)
        },
        [
          h(
            'button.theme-toggle',
            {type: 'button', ariaPressed: 'false', lang: otherLang(words, 'darkTheme', page.lang)},
            words.term('darkTheme')
          ),
          h('button.size', {type: 'button', dataStep: '-1'}, [
            h('span', {ariaHidden: 'true'}, 'A−'),
            h('span.visually-hidden', {lang: otherLang(words, 'smallerText', page.lang)}, words.term('smallerText'))
          ]),
          h('button.size', {type: 'button', dataStep: '1'}, [
            h('span', {ariaHidden: 'true'}, 'A+'),
            h('span.visually-hidden', {lang: otherLang(words, 'largerText', page.lang)}, words.term('largerText'))
          ])
        ]
      )
    ])
  ])
}

function footer(state: State, page: Page, root: string): Element {
  const {collection} = state
  const words = interfaceWords(page.lang)
  return h('footer.site-footer', [
    h('p', collection.rights),
    h('p', [
      collection.publisher === 'Dossier'
        ? h('span', {lang: otherLang(words, 'publishedWith', page.lang)}, words.term('publishedWith'))
        : h(
            'span',
            {lang: otherLang(words, 'publishedByWith', page.lang)},
            words.term('publishedByWith', {publisher: collection.publisher})
          ),
      ' ',
      h('a', {href: `${root}feed.xml`, lang: otherLang(words, 'atomFeed', page.lang)}, words.term('atomFeed'))
    ])
  ])
}

/** The relative way from a page's folder back to the site's root: `''` at the root, `../` one folder down. */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1)
}

/** The language of a term when it is not the page's (an English fallback), else nothing to mark. */
function otherLang(words: ReturnType<typeof interfaceWords>, key: Parameters<typeof words.langOf>[0], lang: string) {
  const own = words.langOf(key)
  return own === lang ? undefined : own
}

export function english(lang: string): string | undefined {
  return lang.toLowerCase().startsWith('en') ? undefined : 'en'
}

/** Make relative `href`/`src` values absolute against the collection's base URL, if it has one. */
function absolutize(state: State, node: Element): Element {
  const properties = {...node.properties}
  for (const key of ['href', 'src'] as const) {
    const value = properties[key]
    if (typeof value === 'string' && !/^([a-z][a-z0-9+.-]*:|#)/i.test(value))
      properties[key] = absoluteUrl(state, value) ?? value
  }
  return {
    ...node,
    properties,
    children: node.children.map((child) => (child.type === 'element' ? absolutize(state, child) : child))
  }
}

/** JSON-LD as a data block; `<` is escaped so no text can close the script element. */
function jsonLdScript(data: unknown): Element {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return h('script', {type: 'application/ld+json'}, json)
}

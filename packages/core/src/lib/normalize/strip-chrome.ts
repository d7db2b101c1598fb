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

interface ChromeRule {
  rule: string
  reason: string
  pattern: RegExp
  /** Longest unit (in words) the rule may remove. */
  maxWords: number
}

const social =
  '(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Telegram|Reddit|Email|E-mail|Pinterest|Print|Copy link|Messenger)'

/** Single-line widgets in the languages our sources come in: buttons, boxes, switchers. */
const widgetLine = new RegExp(
  '^(?:' +
    [
      'primary menu',
      'main navigation',
      'navigation',
      'toggle menu',
      'open menu',
      'close menu',
      'close',
      'skip to (?:navigation|search|content|main content)(?: skip to (?:navigation|search|content))*',
      'stay connected',
      'follow us',
      'connect with us',
      'bizi takip edin',
      'folgen sie uns',
      'suivez-nous',
      's[ií]guenos',
      'подписывайтесь на нас',
      '关注我们',
      'load more',
      'show more',
      'more news',
      'mehr laden',
      'mehr anzeigen',
      'voir plus',
      'charger plus',
      'cargar más',
      'ver más',
      'загрузить ещ[её]',
      'показать ещ[её]',
      '加载更多',
      '查看更多',
      'もっと見る',
      '더보기',
      'daha fazla',
      'view',
      'view all',
      'see all',
      'shop all books',
      'shop now',
      'buy now',
      'buy the book',
      'order now',
      'download',
      'download our',
      'media kit',
      'click to go to',
      'our partners',
      'browse by [\\p{L} ]{2,20}',
      'print friendly, pdf (?:&|and) email',
      'print friendly',
      'related (?:stories|news|articles|posts|videos)',
      'more (?:stories|news|videos) from .{2,30}',
      'ähnliche artikel',
      'mehr zum thema',
      'à lire aussi',
      'lire aussi',
      'voir aussi',
      'lee también',
      'lea también',
      'te puede interesar',
      'читайте также',
      'по теме',
      '相关新闻',
      '相关阅读',
      '延伸阅读',
      '関連記事',
      '관련기사',
      'ilgili haberler',
      'متعلقہ خبریں',
      'اخبار مرتبط',
      'مطالب مرتبط',
      'ذات صلة',
      'संबंधित खबरें',
      'ये भी पढ़ें',
      'share(?: this)?(?: article| story)?(?: close)?',
      'teilen',
      'partager',
      'compartir',
      'поделиться',
      '分享',
      '共有',
      '공유하기',
      '기사 공유하기',
      'paylaş',
      'شیئر(?: close)?',
      'شیئر کریں',
      'اشتراک(?: گذاری)?',
      'مشاركة',
      'शेयर(?: करें)?',
      'most viewed',
      'پربیننده ترین ها',
      'پربازدیدترین(?: ها)?',
      'ببینید!?',
      'الأكثر قراءة',
      'самое читаемое',
      'популярное',
      '热门(?:文章|新闻)?',
      '最新(?:文章|新闻)',
      'ランキング',
      '많이 본 뉴스',
      'like this',
      'like loading\\.{0,3}',
      '(?:partial |full |edited |unofficial )?transcript(?: as follows| follows| below)?',
      '(?:as )?heard on .{2,40}',
      '(?:listen|watch) on .{2,30}',
      'anmelden',
      'registrieren',
      'se connecter',
      'iniciar sesión',
      'войти',
      '로그인',
      '登录',
      'ورود',
      'تسجيل الدخول',
      'giriş yap',
      'über mich',
      'impressum',
      'datenschutz(?:erklärung)?',
      'about me',
      'about us',
      'à propos',
      'mentions légales',
      'sobre mí',
      'quiénes somos',
      'aviso legal',
      'contact(?: us)?',
      'kontakt',
      'contacto',
      'privacy policy',
      'terms of (?:use|service)',
      'cookie policy',
      'о нас',
      'контакты',
      '(?:(?:newer|older) posts?|(?:neuerer|älterer) post|articles? (?:plus récents?|plus anciens?)|entradas? (?:más recientes?|antiguas?)|home|startseite|accueil|inicio)(?: (?:(?:newer|older) posts?|(?:neuerer|älterer) post|articles? (?:plus récents?|plus anciens?)|entradas? (?:más recientes?|antiguas?)|home|startseite|accueil|inicio)){1,3}',
      '.{0,60}blogthis!.{0,120}',
      'no comments',
      'post a comment',
      'kommentar veröffentlichen',
      'newer post',
      'older post',
      'home',
      'neuerer post',
      'älterer post',
      'startseite',
      'subscribe to: post comments \\(atom\\)',
      'abonnieren: kommentare zum post \\(atom\\)',
      'labels?: .{1,80}',
      'etiquetas: .{1,80}',
      'libellés: .{1,80}',
      'برچسب ?ها: ?.{0,80}',
      'کد خبر:? ?\\S{1,20}',
      'теги: .{1,80}',
      '标签[:：].{1,60}',
      'tags?: .{1,80}',
      'skip to (?:main )?content',
      'zum inhalt springen',
      'aller au contenu',
      'ir al contenido',
      'перейти к содержимому',
      '본문 바로가기',
      '跳到主要内容',
      'log ?in \\| (?:subscribe|register|sign up)',
      'sign in \\| subscribe',
      'rechercher',
      "s['’]abonner",
      'suchen',
      'buscar',
      'поиск',
      'e-paper',
      'epaper',
      'article réservé aux abonnés',
      'réservé aux abonnés',
      'nur für abonnenten',
      'solo para suscriptores',
      'archiv',
      'archive',
      'archives',
      'archivo',
      'архив',
      'home',
      'homepage',
      'startseite',
      'accueil',
      'inicio',
      'portada',
      'главная',
      'anasayfa',
      'ana sayfa',
      'होम',
      'خانه',
      'صفحه اصلی',
      'الرئيسية',
      'سرورق',
      '首页',
      'ホーム',
      '홈'
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
    pattern:
      /^(?:Skip to (?:main )?content|Menu|Search|Home|Log ?in|Sign ?in|Sign up|Register|Close|Toggle navigation|Main menu|Back to top|You are here:.*|Home\s*(?:[>»/|›]\s*[^>»/|›]+)+)$/i,
    maxWords: 16
  },
  {
    rule: 'chrome/read-more',
    reason: '"Read more" link',
    pattern: /^(?:read more|read also|more to read|continue reading)\s*(?:[:\-–—|»>]|$)/i,
    maxWords: 30
  },
  {
    rule: 'chrome/also-read',
    reason: '"Also read" link',
    pattern:
      /^(?:also read|also see|see also|don['’]t miss|must read|recommended(?: for you)?|you may also like|you might also like|more from .{1,40}|à lire aussi|lire aussi|voir aussi|leia também|leia mais|veja também|lea también|lee también|te puede interesar|читайте также|см\.? также|по теме|mehr zum thema|auch interessant|lesen sie auch|ये भी पढ़ें|यह भी पढ़ें|یہ بھی پڑھیں|مزید پڑھیں|اقرأ أيضا|اقرأ أيضاً|بیشتر بخوانید|بخوانید|ayrıca (?:oku|bakınız)|ilgili haber(?:ler)?|相关阅读|延伸阅读|推荐阅读|あわせて読みたい|関連記事|관련 ?기사|함께 볼만한 뉴스)\s*(?:[:\-–—|»>：]|$)/iu,
    maxWords: 30
  },
  {
    rule: 'chrome/related',
    reason: '"Related" link',
    pattern: /^related(?: articles?| stories| posts| news| reading| content)?\s*(?:[:\-–—|»>]|$)/i,
    maxWords: 30
  },
  {
    rule: 'chrome/share',
    reason: 'share prompt',
    pattern: new RegExp(
      `^(?:share(?: this)?(?: article| story| post| page)?(?: on ${social})?|tweet|click to share.*|follow us(?: on .*)?|${social}(?:[\\s,|·•/]+${social})*)\\s*[:!.]?$`,
      'i'
    ),
    maxWords: 20
  },
  {
    rule: 'chrome/subscribe',
    reason: 'subscription prompt',
    pattern:
      /^(?:subscribe\b.*|.{0,40}\bsubscribe to (?:our|the) (?:newsletter|podcast|channel).*|sign up (?:for|to) .*|join (?:our|the) (?:newsletter|mailing list|telegram|channel).*|get (?:the latest|our) .*(?:inbox|newsletter).*|(?:free )?newsletter\b.*|enter your e-?mail.*)$/i,
    maxWords: 30
  },
  {
    rule: 'chrome/advertisement',
    reason: 'advertisement marker',
    pattern:
      /^(?:advertisement|advertising|sponsored(?: content)?|ad|ads by .*|story continues below(?: advertisement)?|continue reading below|scroll to continue.*)\s*[:.]?$/i,
    maxWords: 8
  },
  {
    rule: 'chrome/copyright',
    reason: 'copyright footer',
    pattern: /^(?:©|\(c\)\s|copyright\b).*|^all rights reserved\.?$/i,
    maxWords: 30
  },
  {
    rule: 'chrome/comments',
    reason: 'comments prompt',
    pattern:
      /^(?:\d+\s+comments?|comments?\s*\(\d+\)|leave a (?:comment|reply)|comments?|post a comment|add a comment|view comments|show comments|join the (?:conversation|discussion)|\d+\s+kommentare?|kommentare?|\d+\s+commentaires?|laisser un commentaire|deja (?:un|tu) comentario|\d+\s+comentarios?|комментари(?:и|ев)?(?:\s*\(\d+\))?|оставить комментарий|yorum yap|yorumlar|تبصرہ کریں|اپنی رائے دیں|تبصرے|نظر دهید|نظرات|أضف تعليقا|التعليقات|टिप्पणी करें|टिप्पणियाँ|评论|发表评论|コメント(?:する)?|댓글(?:\s*\d+)?|.{2,40} (?:hat gesagt|said|a dit|dijo|disse|ha detto)(?:…|\.\.\.)?)\s*[:.]?$/iu,
    maxWords: 8
  },
  {
    rule: 'chrome/paywall',
    reason: 'paywall prompt',
    pattern:
      /\b(?:available to (?:subscribers|members) only|click here to subscribe|already a (?:subscriber|member)\?|subscribe to (?:continue|keep) reading|become a (?:member|subscriber)|to continue reading,? (?:subscribe|log in|sign in)|unlock this (?:article|story)|register (?:for free )?to (?:continue|read))\b/i,
    maxWords: 30
  },
  {
    rule: 'chrome/cookies',
    reason: 'cookie banner',
    pattern:
      /\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|manage cookies)\b/i,
    maxWords: 45
  },
  {
    rule: 'chrome/credit',
    reason: 'picture credit',
    pattern:
      /^(?:photo|photograph|picture|image|illustration|graphic|video|file photo|cover photo|header image|featured image)(?:\s+credit)?s?\s*[:|/©]\s*\S.*$|^(?:credit|image credit|photo credit)\s*[:]\s*\S.*$/i,
    maxWords: 16
  },
  {
    rule: 'chrome/tags',
    reason: 'tags and categories',
    pattern: /^(?:tags?|topics?|categor(?:y|ies)|filed under|keywords|related topics|more on)\s*:\s*\S.*$/i,
    maxWords: 30
  },
  {
    rule: 'chrome/lists',
    reason: 'site list heading',
    pattern:
      /^(?:most (?:read|popular|viewed|shared)|trending(?: now)?|popular(?: now)?|editor['’]s picks|top stories|latest(?: news| stories)?|recommended|more stories|in case you missed it|listen to this article|print this article|print|save|bookmark|share|follow)\s*[:.]?$/i,
    maxWords: 6
  },
  {
    rule: 'chrome/widget',
    reason: "the site's promotion links",
    pattern: /\b(?:media kit|advertise with us|download (?:our|the) (?:app|media kit)|get (?:our|the) app)\b/iu,
    maxWords: 12
  },
  {
    rule: 'chrome/share',
    reason: 'share buttons',
    pattern:
      /blogthis!|share to (?:twitter|x|facebook|pinterest)|auf (?:twitter|x) freigeben|in facebook freigeben|auf pinterest teilen|per e-?mail versenden/iu,
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
    pattern:
      /^follow .{1,40} on (?:facebook|twitter|x|instagram|youtube|linkedin|telegram|tiktok)\b.*$|^.{0,40}\bsubscribe to (?:feed|rss|our feed)$/iu,
    maxWords: 16
  },
  {
    rule: 'chrome/site-address',
    reason: 'site address on a line of its own',
    pattern:
      /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|info|ru|cn|pk|in|ir|de|fr|es|tr|uk|co|io|news|tv|fm)\/?$/iu,
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
    pattern: /^[\p{L}]+(?:,\s*[\p{L}]+)?\s:\s\S.{0,60}$/u,
    maxWords: 8
  },
  {
    rule: 'chrome/reading-time',
    reason: 'reading time',
    pattern:
      /^\d{1,3}\s*(?:min(?:ute)?s?|мин(?:ут)?\.?|分钟|分|분)\s*(?:read|de lecture|de lectura|lesezeit|чтения|阅读|読了|읽기)?$/iu,
    maxWords: 5
  },
  {
    rule: 'chrome/source-line',
    reason: 'source or font-size widget',
    pattern:
      /^(?:【[^】]{0,30}】|.{2,80}[.。]\s*(?:写真|사진|photo)\s*[=:：]\s*\S.{0,20}|来源[:：]\s*\S.{0,30}|source\s*:\s*\S.{0,40}|difficulty\s*:\s*\d+|index for .{3,40})$/iu,
    maxWords: 8
  },
  {
    rule: 'chrome/date-label',
    reason: 'date label whose date did not load',
    pattern:
      /^(?:published|posted|updated|last updated|on|veröffentlicht|publié|publicado|pubblicato|опубликовано)\s*(?:on|le|am)?\s*:?$/iu,
    maxWords: 2
  },
  {rule: 'chrome/widget', reason: 'page widget or button', pattern: widgetLine, maxWords: 8},
  {
    rule: 'chrome/advertisement',
    reason: 'advertisement placeholder',
    pattern:
      /^\[\s*(?:ad_?\d*|ads?|advert(?:isement)?|publicit[ée]|anzeige|werbung|publicidad|реклама|广告|reklam|إعلان|تبلیغات)\s*\]$|^(?:header|footer|sidebar|top|bottom|inline|mid)[\s-]*(?:ad|ads|banner)(?:\s*\d+)?$/iu,
    maxWords: 4
  },
  {
    rule: 'chrome/counter',
    reason: 'comment or share counter',
    pattern:
      /^(?:\d{1,5}|(?:comments?|kommentare?|commentaires?|comentarios?|комментари[ийея]|评论|コメント|댓글|yorum(?:lar)?|تبصرے|نظرات|تعليقات?)\s*[:(]?\s*\d{0,5}\)?\s*:?|\d{1,5}\s+(?:kommentare?|commentaires?|comentarios?|комментари[ийея]|yorum|댓글))$/iu,
    maxWords: 3
  },
  {
    rule: 'chrome/duration',
    reason: 'audio or reading time',
    pattern:
      /^(?:\d{1,3}\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|min\.?|Minuten|minutos|минут[аы]?)\s*){1,3}(?:read|listen|de lecture|Lesezeit|de lectura)?$|^(?:reading time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*\d.*$/iu,
    maxWords: 8
  },
  {
    rule: 'chrome/language-switcher',
    reason: 'language switcher',
    pattern:
      /^(?:\p{RI}{2}\s*)?(?:english|français|deutsch|español|русский|中文|日本語|한국어|اردو|فارسی|العربية|हिन्दी|türkçe)(?:\s*[|/·•]\s*(?:english|français|deutsch|español|русский|中文|日本語|한국어|اردو|فارسی|العربية|हिन्दी|türkçe|EN|FR|DE|ES|RU|ZH|UR|AR|FA|HI|TR))*$|^(?:EN|FR|DE|ES|RU|ZH|UR|AR|FA|HI|TR)(?:\s*[|/·•]\s*(?:EN|FR|DE|ES|RU|ZH|UR|AR|FA|HI|TR))+$/iu,
    maxWords: 10
  },
  {
    rule: 'chrome/file-name',
    reason: 'image file name left as text',
    pattern: /^[\w.-]*_[\w.-]*$|^[\w.-]+\.(?:jpe?g|png|gif|webp|svg|avif)$/iu,
    maxWords: 1
  },
  {
    rule: 'chrome/player',
    reason: 'audio or video player',
    pattern:
      /^(?:play|pause|listen(?: now)?|watch(?: now| video)?|episode transcript|transcript|auto-?generated transcript|this transcript was (?:automatically )?generated.*|get your audio transcribed|audio|video|слушать|смотреть|播放|再生|재생|escuchar|écouter|anhören)\s*[:.]?$/iu,
    maxWords: 10
  },
  {
    rule: 'chrome/caption',
    reason: 'photo credit',
    pattern: /^[(（]?(?:攝影|摄影|圖|图|图片来源|사진|写真|عکس|تصوير|फोटो)\s*[:=：]\s*\S.{0,30}[)）]?$/u,
    maxWords: 6
  },
  {
    rule: 'chrome/caption',
    reason: 'photo caption with its credit',
    pattern:
      /(?:^|[\s.])(?:photo|photos|foto|picture|image|bild|фото|صورة|عکس)\s*(?:credit|by)?\s*:\s*\S.{0,80}$|\((?:[^()]*\/){1,}[^()]*\)$|\((?:photo|foto|picture alliance|AP|AFP|Reuters|Getty Images|dpa|EPA|Xinhua|TASS|ANI|PTI)[^()]{0,60}\)$/iu,
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
    if (first && !adjacent && words >= 4 && words <= 20 && !/[?？؟]$/u.test(unit.text)) {
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
        const closing =
          /^(?:post a comment|kommentar veröffentlichen|publier un commentaire|publicar un comentario|leave a (?:comment|reply))\s*$/iu.test(
            item.text
          )
        if (!closing && parseDateLineShape(item.text) && j > index + 2) break
        removeUnit(state, item, rule.rule, `${rule.reason} (a reader's comment)`)
        if (closing) break
      }
    }
    // A bare "Related" / "Read more" / "Lire aussi" heading takes the headlines listed under it.
    if (/related|also-read|lists|read-more/.test(rule.rule) && unit.text.split(/\s+/).length <= 4) {
      for (let j = index + 1; j < state.units.length; j++) {
        const item = state.units[j]!
        if (item.role !== null || item.text.split(/\s+/).length > 20 || /[.!?。！？؟۔]$/u.test(item.text)) break
        removeUnit(state, item, rule.rule, `${rule.reason} (a headline listed under it)`)
      }
    }
    const next = state.units[index + 1]
    if (
      unit.heading > 0 &&
      next?.tree.type === 'list' &&
      /related|read|also|more|see|recommended/.test(rule.rule + unit.text.toLowerCase())
    ) {
      removeUnit(state, next, rule.rule, `${rule.reason} (its list of links)`)
    }
    // "© 2017 Northern Light Magazine", "Copyright © 2020 Radio Kestrel. All rights reserved.": the site's owner.
    if (rule.rule === 'chrome/copyright' && !state.site) {
      const owner = unit.text
        .replace(/^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*/iu, '')
        .replace(
          /[.,]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)\.?$/iu,
          ''
        )
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

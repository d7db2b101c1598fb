/**
 * The shapes of a language's data: the closed list of concepts the normalizer looks for in words,
 * a lexicon (phrases by concept), a calendar, and the pack that holds a language's lexicon, output
 * terms and calendar. The data itself lives in one folder per language (`en/`, `de/`, … and `und/`
 * for what belongs to no language); only `languages/index.ts` compiles it into patterns.
 */
import type {QuoteMarks} from '../text/typography-quotes.js'
import type {Terms} from './terms.js'

/**
 * Every concept a phrase can stand for, with what it means, in one line each. The list is closed:
 * a lexicon naming any other key fails to compile, and `test/languages.test.ts` checks it at run
 * time too. A concept is what a step looks for, not a rule: a rule may combine several concepts
 * with shapes (separators, counts, names) that stay in the step.
 */
export const conceptNotes = {
  editorNote: 'a label opening an editorial note: "Editor\'s note:", "Anm. d. Red.", "Note de la rédaction"',
  menuButton: 'a button of the site\'s menu bar: "Menu", "Search", "Back to top"',
  menuLabel: 'a label naming the site\'s navigation: "Primary menu", "Main navigation"',
  skipTo: 'a skip link: "Skip to content", "Zum Inhalt springen"',
  followUs: 'a prompt to follow the site: "Follow us", "Suivez-nous"',
  loadMore: 'a button loading more items: "Load more", "Voir plus", "더보기"',
  storeButton: 'a shop, download or print button: "Buy now", "View all", "Print friendly"',
  related: 'a heading over links to related pieces: "Related stories", "Ähnliche Artikel", "相关新闻"',
  alsoRead: 'a link to another piece: "Also read", "Lire aussi", "Читайте также", "यह भी पढ़ें"',
  readMore: 'a "read more" link at the end of a teaser: "Read more", "Continue reading"',
  readOn:
    'a link to the rest of the text: "[read on]", "Read the rest of this entry »", "Lire la suite", "[читать далее]"',
  nextPage: 'a pager link to the next page of the same piece: "Next page", "Page suivante", "次ページ", "Selanjutnya"',
  share: 'a share button: "Share", "Teilen", "分享", "شیئر کریں"',
  shareButton: 'a button sharing to a named network: "Share to Twitter", "In Facebook freigeben", "BlogThis!"',
  shareVia: 'a way to pass a page on that is not a network: "Email", "Print", "Copy link"',
  socialNetwork: 'a social network\'s name: "Facebook", "Telegram"',
  siteLists: 'a heading of the site\'s own lists and buttons: "Most read", "Trending", "پربازدیدترین"',
  login: 'a sign-in or sign-up button: "Log in", "Anmelden", "登录"',
  sitePage: 'a link to the site\'s own pages: "About us", "Impressum", "Contacto", "Privacy policy"',
  search: 'a search box\'s label: "Rechercher", "Suchen", "Поиск"',
  subscribe: 'a subscription button: "S\'abonner", "E-paper"',
  subscribersOnly: 'a line marking a piece for subscribers: "Réservé aux abonnés", "Nur für Abonnenten"',
  paywall: 'a paywall prompt inside a line: "Subscribe to continue reading", "Already a subscriber?"',
  cookies: 'a cookie banner: "We use cookies", "Accept all cookies"',
  archive: 'a link to the site\'s archive: "Archive", "Archiv", "Архив"',
  home: 'a link to the home page: "Home", "Startseite", "首页"',
  pager: 'a blog\'s pager link: "Older posts", "Älterer Post", "Entradas antiguas"',
  postComment: 'a button opening or closing a blog\'s comments: "Post a Comment", "Kommentar veröffentlichen"',
  commentFeed: 'a blog\'s comment feed link: "Subscribe to: Post Comments (Atom)"',
  commentsPrompt: 'a prompt over reader comments: "Leave a reply", "Laisser un commentaire", "نظرات"',
  commentForm:
    'the fixed sentences and buttons of a blog\'s comment form: "Your email address will not be published", "Leave a Reply", "Cancel reply"',
  noComments: 'a counter saying no one has commented: "No comments", "Keine Kommentare", "No hay comentarios"',
  commentWord: 'the word counted in a comment counter: "3 Kommentare", "댓글 0", "Yorum 2"',
  commenterSaid: 'the verb of a blog comment\'s header: "Anna said…", "Anna hat gesagt…"',
  tagsLabel: 'a label over a piece\'s tags or categories: "Tags:", "Filed under:", "Keywords:"',
  postedIn: 'the lead of a blog post\'s categories line: "Posted in", "Filed under", "Ditulis dalam", "Publié dans"',
  postLabels: 'a blog post\'s labels line: "Labels:", "Libellés:", "Теги:", "标签："',
  advertisement: 'a line announcing an advertisement: "Advertisement", "Story continues below"',
  adLabel: 'the label of an ad slot in brackets: "[Publicité]", "[Anzeige]", "[广告]"',
  rightsReserved: 'a copyright footer\'s reservation: "All rights reserved", "Tous droits réservés"',
  pictureLabel: 'a label before a picture\'s credit at the start of a line: "Photo:", "Featured image:"',
  creditLabel: 'a credit label: "Credit:", "Photo credit:"',
  photo: 'the word for a photograph, labelling a caption or its credit: "Foto:", "사진=", "写真：", "عکس:"',
  photoBy: 'the word crediting a photographer: "摄影：", "图片来源：", "تصوير:"',
  agency: 'a news or picture agency credited in brackets: "(AP)", "(Getty Images)", "(dpa)"',
  minuteUnit: 'a minute in a reading time: "5 min", "5 мин", "5分钟"',
  durationUnit: 'a unit of an audio or reading duration: "3 hours", "12 Minuten", "5 минут"',
  readingTime: 'what follows a duration to make it a reading time: "read", "de lecture", "Lesezeit"',
  readingTimeLabel: 'a label before a reading time: "Reading time:", "Temps de lecture :"',
  published: 'a label before a publication date: "Published", "Veröffentlicht", "تاريخ النشر", "发布"',
  updated: 'a label before an update\'s date: "Updated", "Mis à jour", "Обновлено", "بروزرسانی"',
  languageName: 'a language\'s name in itself, in a language switcher: "Deutsch", "中文", "اردو"',
  languageCode: 'a language code in a language switcher: "EN", "FR", "UR"',
  player: 'an audio or video player\'s control or label: "Play", "Listen now", "Слушать", "再生"',
  promotion: 'a link promoting the site itself: "Media kit", "Advertise with us", "Get the app"',
  tld: 'a top-level domain of a site address printed alone: ".com", ".pk", ".news"',
  staffWord: 'a newsroom role that makes a byline part not a name: "Staff", "Desk", "Correspondent"',
  postedBy: 'a blog post\'s byline lead: "Posted by", "Eingestellt von", "Publié par"',
  atTime: 'the word before a clock time: "at 21:04", "um 19:42", "a las 10:00"',
  honorific: 'a title before a name, dropped from it: "Mr", "Dr", "Prof", "Ambassador", "Министр"',
  nameJoiner: 'the word joining two names in a list: "Jane Doe and John Roe", "Anna Lis i Jan Wir", "et", "und"',
  nameParticle: 'a lower-case particle inside a name: "von", "de", "bin", "ul"',
  titleBeforeName: 'a title that may open a name in running text: "Dr", "Ambassador", "Senator"',
  notAName: 'a capitalised word that opens a sentence, never a name: "The", "This", "They"',
  interviewerLead:
    'words before the name of whoever conducted an interview: "Interview by", "Propos recueillis par", "聞き手"',
  chooserLead: 'words before the name of whoever chose the books or music a piece is about: "Chosen by"',
  byLead: 'words opening a byline before the author\'s name: "By", "Words by", "Von", "Par"',
  byWord: 'the word joining "Posted" to the author\'s name: "by", "von", "par", "por", "da"',
  staffRank: 'a rank before a newsroom role in a byline: "Senior", "Staff", "Contributing"',
  staffRole: 'a newsroom role after a byline\'s name: "Staff Writer", "Contributing Editor", "Bureau Chief"',
  deskWord: 'a word that makes a byline\'s "name" a role or a desk, not a person: "Staff", "News Service"',
  newsroom: 'a word naming a newsroom in a byline: "Correspondent", "Newsroom", "ڈیسک", "редакция", "编辑部"',
  aboutHeading: 'a heading over an author\'s bio: "About the author", "About the interviewee"',
  bioVerb: 'the verb after a name that opens a bio: "X is…", "X est…", "X ist…"',
  bioRole: 'a word (or a word\'s start) that makes "X is a…" a bio: "analyst", "professor", "based in", "journaliste"',
  speakerWord: 'the generic word of a transcript\'s speaker tag: "Speaker 1", "Sprecher 2", "話者1"',
  fileExtension: 'the extension of a media or document file named where a headline would be: ".mp4", ".srt", ".pdf"',
  mastheadWord:
    'a word that makes a capitalised name an outlet\'s or an institution\'s: "Times", "Zeitung", "Diario", "Ministry"',
  roleLabel: 'a speaker label that names a role, not a person: "Interviewer", "Host", "Q", "主持人", "مجری"',
  orgPreposition: 'a word after which a capitalised name is an organisation\'s: "of", "for", "de", "von"',
  placePreposition:
    'a word after which a capitalised name is a place or an organisation, not the one speaking: "in New Delhi", "at Harbour Radio"',
  outletArticle: 'an article that opens an outlet\'s name, not a person\'s: "The", "El", "Die", "Le"',
  interviewNoun: 'the word "interview" opening a headline: "Interview with X", "Entretien avec X"',
  interviewWith: 'the word joining "Interview" to the one interviewed: "with", "avec", "con", "mit"',
  courtesyTitle: 'a courtesy title before a name in a headline: "Mme", "Mr.", "Sra.", "Herr"',
  jobTitle: 'a job title printed before a name in scripts without spaces: "创始人", "大使", "教授"',
  questionPrefix: 'a prefix that marks a question: "Q:", "P.", "Frage:", "问：", "سوال:", "प्रश्न:"',
  answerPrefix: 'a prefix that marks an answer: "A:", "R.", "Antwort:", "答：", "جواب:", "उत्तर:"',
  questionLetter:
    'the one- or two-letter abbreviation of "question" a language prints as a label, read only on pages in that language (other languages use the letter for the answer or a name): Turkish "S:" (soru), Italian "D:" (domanda), Finnish "K:" (kysymys), Hindi "प्र:"',
  answerLetter:
    'the abbreviation of "answer" paired with `questionLetter`, read only on pages in that language: Turkish "C:" (cevap), Italian "R:" (risposta), Finnish "V:" (vastaus), Hindi "उ:"',
  questionNumberLead: 'a word before a question\'s number: "Question 3.", "Frage 2:", "प्रश्न-1."',
  byName: 'the word before a byline\'s name at the start of a line: "By", "Von", "Par", "Door"',
  askingRole: 'a speaker label naming the one who asks: "Interviewer", "Host", "Q", "The press"',
  answeringRole: 'a speaker label naming the one who answers: "Interviewee", "Guest", "Spokesperson"',
  interviewCue: 'a word saying a piece is an interview: "interview", "Q&A", "entretien", "интервью", "专访", "مصاحبه"',
  closingThanks: 'an interviewer\'s closing thanks, kept out of the answers: "Thank you", "Merci", "Danke"',
  firstPublishedIn:
    'words saying where a piece first appeared, before the outlet: "a d\'abord été publiée dans", "erschien zuerst in"',
  publicationNoun: 'a noun naming a periodical before its title: "la revue", "der Zeitung", "el diario", "газете"',
  givenTo: 'the word before the outlet an interview was given to: "…, with Radio Horizon", "…, avec Radio Horizon"',
  rubric: 'a rubric between a headline and its outlet: "– OpEd –", "– Analysis –", "– Meinung –"',
  elidedWord: 'a word English writes with a leading elision, so its opening quote is an apostrophe: ’til, ’em, ’cause',
  clockWord: 'a word beside a clock time on a date line: "at 9:41", "um 19:42 Uhr", "a las 10:00"',
  timeZone: 'a time zone\'s abbreviation after a clock time: "GMT", "PKT", "IST"',
  ordinalSuffix: 'an ordinal suffix after a day\'s number: "May 1st", "1er mai"',
  pieceNoun:
    'a noun for the piece itself in an editorial note: "This interview has been edited…", "The Q&A first ran…"',
  editedVerb: 'how an editorial note says the text was changed: "edited", "condensed", "translated"',
  firstAppeared: 'how a note says a piece first came out: "first published", "originally aired"',
  answersNoun: 'a noun for the answers in an editorial note: "Responses have been condensed"',
  askedVerb: 'how a line says questions were put to someone: "questions sent by", "posed by"',
  spokeWith: 'a verb saying someone talked to someone: "spoke to", "sat down with", "caught up with"',
  askedAbout: 'the word after "asked X" that makes X the one interviewed: "asked her about…", "whether…"',
  joinedBy: 'how a host introduces a guest: "talking with", "joined by", "here with"',
  orgJoiner: 'a lower-case word inside an organisation\'s name: "Institute of…", "Centre for…"',
  abbreviation: 'an abbreviation whose full stop does not end a sentence: "Dr.", "Mr.", "St.", "Mme."',
  adSlot: 'where an ad slot sits, naming it: "Header ad", "Sidebar banner"',
  imageExtension: 'the extension of an image file name left as text: ".jpg", ".webp"',
  greeting: 'a host\'s greeting or courtesy that asks nothing: "Hello", "Good morning", "Thanks for joining us"',
  dateLabelTail:
    'the word between a date label and its date: "Published on", "Publié le", "Veröffentlicht am", "yayınlanma tarihi"',
  transcriptKind: 'a word before "transcript" on a label line: "Partial transcript", "Full transcript"',
  transcriptFollows: 'a word after "transcript" on a label line: "Transcript follows", "Transcript below"',
  sharedThing: 'what a share button shares: "Share this article", "Share story"',
  signUpVerb: 'the verb of a sign-up prompt after a note: "subscribe", "sign up", "register", "join"',
  promptEnd: 'the word that ends a sign-up prompt: "…here.", "…for free", "…today."',
  authorSite: 'where a blogger\'s "Visit my …" line points: "website", "blog", "Twitter"',
  editionNoun: 'the part of a periodical a piece appeared in: "the May edition of", "issue"',
  firstTime: 'how a note says a first appearance: "first published", "originally aired"',
  signUpLead: 'words opening a sign-up prompt line: "Subscribe…", "Sign up for…", "Free newsletter…"',
  signUpPhrase: 'a sign-up prompt inside a line: "…subscribe to our newsletter", "Join our mailing list"',
  signUpGet: 'the start of a "get it in your inbox" prompt: "Get the latest…", "Get our…"',
  listHeadingWord: 'a word in a heading whose list of links is page furniture: "Related", "Read more", "See also"',
  outletLead:
    'words after which an outlet\'s name follows: "in an interview with", "En diálogo con", "في حوار مع", "welcome to"',
  outletNoun:
    'a noun naming a medium right before its name: "Радио «…»", "majalah Uniq", "des Senders X", "خبرگزاری X"',
  outletTail: 'words right after an outlet\'s name: "…のウェブサイト", "…की वेबसाइट पर", "…와의 인터뷰", "…-Interview"',
  repostedFrom: 'words before the outlet a piece was taken from: "Cross-posted from", "به نقل از", "转自", "Theo"',
  republishes:
    'words after the name of an outlet that republishes the piece: "X is republishing…", "X xin giới thiệu lại…"',
  sourceLabel: 'a field label before the outlet a piece comes from: "Source:", "来源：", "Nguồn:", "المصدر:"',
  reporterWord:
    'a reporter\'s title right after an outlet\'s name: "新华社记者", "China Daily reporter:", "GFN-Reporterin"',
  intervieweeLead:
    'words after which the one interviewed is named: "Quatro perguntas para X", "Wawancara dengan X", "Fragen an X"',
  writerLabel: 'a field label before the name of whoever wrote the piece: "الكاتب:", "作者：", "Autor:", "লিখেছেন"',
  interviewerLabel: 'a field label before the name of whoever conducted an interview: "حوار:", "Rozmawiał:", "采访："',
  pressConference:
    'a press conference or briefing, where many outlets ask: "Press Conference", "记者会", "Pressekonferenz"'
} as const satisfies Record<string, string>

/** One concept's key. */
export type Concept = keyof typeof conceptNotes

/** Every concept, in the order of `conceptNotes`. */
export const concepts = Object.keys(conceptNotes) as readonly Concept[]

/**
 * Phrases by concept, each lower-case and NFC (patterns are compiled case-insensitively where the
 * step reads case-insensitively). A phrase is literal text: `languages/index.ts` escapes it.
 */
export type Lexicon = {readonly [C in Concept]?: readonly string[]}

/** Month and weekday names for reading and printing dates (`cldr.ts` makes one from CLDR). */
export interface Calendar {
  /** Twelve entries, January first: the lower-case forms a month is read in (CLDR's, then extras). */
  months: readonly (readonly string[])[]
  /** Seven entries, Sunday first (CLDR's order): the lower-case forms a weekday is read in. */
  weekdays: readonly (readonly string[])[]
  /** Whether pages are read with these month and weekday names. */
  read: {months: boolean; weekdays: boolean}
  /** CLDR's data as CLDR writes it, for printing. */
  cldr: {
    /** Wide month names used with a day (`MMMM`), January first. */
    months: readonly string[]
    /** Wide stand-alone month names (`LLLL`). */
    standAloneMonths: readonly string[]
    /** Abbreviated weekday names, Sunday first. */
    abbreviatedWeekdays: readonly string[]
    /** The long date pattern ("d MMMM y"). */
    long: string
    /** The `yMMMM` skeleton's pattern ("MMMM y"). */
    yearMonth: string
    /** The `y` skeleton's pattern ("y", "y年"). */
    year: string
  }
}

/** Everything that depends on one language (or on none, `und`). */
export interface LanguagePack {
  /** Primary BCP 47 subtag (`und` for the script-neutral pack). */
  lang: string
  /** English name, for tables and messages. */
  name: string
  /** Output terms (`terms.ts`); a term left out falls back to English. */
  terms: Partial<Terms>
  /** Input words by concept (`lexicon.ts`). */
  lexicon: Lexicon
  calendar?: Calendar
  /** Quotation marks (`quotes.ts`), when the language has a convention. */
  quotes?: QuoteMarks
}

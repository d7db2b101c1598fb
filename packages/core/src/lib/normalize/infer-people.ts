/**
 * Infer who was interviewed by whom from the sentences scraped interviews use to introduce
 * themselves ("… the interview that X gave to Y of Z", "X's responses to questions sent to him by
 * Y", "Y spoke to X", "We sat down with X", "Five questions for X"), from speaker labels (full
 * names, surnames or initials matched against the names in the intro), from bylines and from the
 * bio. Each person keeps the sentence it came from.
 */
import {toString} from 'mdast-util-to-string'
import type {Person, PersonRole} from '../model/publication.js'
import {cleanName, nameSource} from '../text/names.js'
import {speakerName} from '../text/speaker-name.js'
import {lexicon} from '../languages/index.js'
import type {State} from './state.js'

const N = `(${nameSource})`
const spoke = lexicon('spokeWith')
const org = `((?:the\\s+)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.&-]*|${lexicon('orgJoiner')}|&))*(?:,\\s+\\p{Lu}[\\p{L}-]+)?(?:\\s+\\(\\p{Lu}{2,}\\))?)`
/** An appositive between a name and its verb: ", a hydrologist at the Lahore University of Management Sciences,". */
const apposition = '(?:,\\s+[^,.]{3,140},)?'
const start = '(?:^|[.!?:;]\\s+|(?<![Tt]he)\\s)'

interface Pattern {
  /** A plain test the text must pass before the full pattern (with its name backtracking) is tried. */
  hint: RegExp
  re: RegExp
  /** Role of each captured name, in order; `org` marks an affiliation of the previous name. */
  roles: Array<PersonRole | 'org'>
}

const patterns: Pattern[] = [
  // "Марина Курбатова — «Деловой вектор»: «…»": a headline naming the speaker and the outlet.
  {hint: /[—–-]/i, re: new RegExp(`^${N}\\s+[—–-]\\s+[«"“„]`, 'u'), roles: ['interviewee']},
  // "Entretien de Mme X, ministre…, avec Radio Horizon", "Interview with X".
  {
    hint: new RegExp(`^${lexicon('interviewNoun')}`, 'i'),
    re: new RegExp(
      `^${lexicon('interviewNoun', undefined, {capitalized: true})}\\s+${lexicon('interviewWith')}\\s+(?:${lexicon('courtesyTitle', undefined, {capitalized: true})}\\s+)?${N}`,
      'u'
    ),
    roles: ['interviewee']
  },
  {
    hint: /\b(?:told|said to|tells)\s/,
    re: new RegExp(`\\b${N}\\s+(?:told|said to|tells)\\s+`, 'u'),
    roles: ['interviewee']
  },
  {
    hint: /gave/i,
    re: new RegExp(
      `interview[^.]*?\\b(?:that|which)\\s+${N}\\s+gave\\s+(?:exclusively\\s+)?to\\s+${N}(?:\\s+of\\s+${org})?`,
      'u'
    ),
    roles: ['interviewee', 'interviewer', 'org']
  },
  {
    hint: new RegExp(`${lexicon('answersNoun')}\\s+to\\s`, 'i'),
    re: new RegExp(
      `${N}['’]s?\\s+${lexicon('answersNoun')}\\s+to\\s+[^.]*?questions\\s+${lexicon('askedVerb')}\\s+(?:to\\s+(?:him|her|them)\\s+)?by\\s+${N}(?:\\s+of\\s+${org})?`,
      'u'
    ),
    roles: ['interviewee', 'interviewer', 'org']
  },
  {
    hint: new RegExp(`\\b${spoke}\\s+(?:to|with)\\s`, 'i'),
    re: new RegExp(`${start}${N}(?:\\s+of\\s+${org})?${apposition},?\\s+${spoke}\\s+(?:to|with)\\s+${N}`, 'u'),
    roles: ['interviewer', 'org', 'interviewee']
  },
  {
    hint: /\binterview(?:ed|s)\s/i,
    re: new RegExp(`${start}${N}(?:\\s+of\\s+${org})?${apposition},?\\s+interview(?:ed|s)\\s+${N}`, 'u'),
    roles: ['interviewer', 'org', 'interviewee']
  },
  {
    hint: new RegExp(`\\b(?:we|I)\\s+${spoke}\\s`, 'i'),
    re: new RegExp(`\\b(?:we|I)\\s+${spoke}\\s+(?:to|with)\\s+${N}`, 'u'),
    roles: ['interviewee']
  },
  {hint: /sat down/i, re: new RegExp(`\\bsat down with\\s+${N}`, 'u'), roles: ['interviewee']},
  {
    hint: /(?:interview|conversation|q&a|talk|chat)\s+with\s/i,
    re: new RegExp(`\\b(?:[Ii]nterview|[Cc]onversation|Q&A|[Tt]alk|[Cc]hat)\\s+with\\s+${N}`, 'u'),
    roles: ['interviewee']
  },
  {
    hint: /(?:questions|minutes)\s+(?:for|with)\s/i,
    re: new RegExp(`\\b(?:[Qq]uestions|[Mm]inutes)\\s+(?:for|with)\\s+${N}`, 'u'),
    roles: ['interviewee']
  },
  {hint: /\bsays\s/i, re: new RegExp(`\\bsays\\s+${N},\\s+(?:a|an|the)\\s`, 'u'), roles: ['interviewee']},
  {
    hint: /\basked\s/i,
    re: new RegExp(`\\basked\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}${N}\\s+${lexicon('askedAbout')}\\b`, 'u'),
    roles: ['interviewee']
  },
  {
    hint: /(?:interview|interviewed|questioned|conducted)\s+by\s/i,
    re: new RegExp(`\\b(?:[Ii]nterview|interviewed|questioned|conducted)\\s+by\\s+${N}`, 'u'),
    roles: ['interviewer']
  },
  {hint: /writes/i, re: new RegExp(`\\bwrites\\s+${N}\\.?$`, 'u'), roles: ['author']}
]

/**
 * How headlines in other scripts name the one interviewed: "نوید اختر ملک کا انٹرویو" (Urdu),
 * "گفتگوی سپیده راد با کاوه فرزین" (Persian: the interviewer, then the guest), "浜崎修平インタビュー",
 * "专访张三" / "创始人周牧之说", "… -- अनिरुद्ध भटनागर" (a quote signed by its speaker).
 */
const jobTitle = lexicon('jobTitle')
const scriptPatterns: Pattern[] = [
  {
    hint: /انٹرویو/i,
    re: /((?:[\p{Script=Arabic}]+\s+){1,2}[\p{Script=Arabic}]+)\s+کا\s+انٹرویو/u,
    roles: ['interviewee']
  },
  {
    hint: /با/i,
    re: /گفت\u200c?و?گوی\s+([\p{Script=Arabic}]+\s+[\p{Script=Arabic}]+)\s+با\s+([\p{Script=Arabic}]+\s+[\p{Script=Arabic}]+)/u,
    roles: ['interviewer', 'interviewee']
  },
  {hint: /インタビュー/i, re: /([\p{Script=Han}\p{Script=Katakana}]{2,8})\s*インタビュー/u, roles: ['interviewee']},
  {
    hint: /专访|采访|对话/i,
    re: new RegExp(
      `(?:专访|采访|对话)[:：]\\s*(?:[\\p{Script=Han}]{0,6}?${jobTitle})?((?![了过她他我你])[\\p{Script=Han}]{2,3})(?=$|[,，。:：\\s])`,
      'u'
    ),
    roles: ['interviewee']
  },
  {
    hint: new RegExp(jobTitle, 'i'),
    re: new RegExp(`${jobTitle}([\\p{Script=Han}]{2,3})(?=说|表示|认为|称|约|在|的)`, 'u'),
    roles: ['interviewee']
  },
  {
    hint: /--|—|–/i,
    re: /\s(?:--|—|–)\s*([\p{Script=Devanagari}\p{M}]+(?:\s[\p{Script=Devanagari}\p{M}]+){1,2})$/u,
    roles: ['interviewee']
  }
]

/** In an interview's opening turns, the host introduces themself and the guest. */
const introductions: Pattern[] = [
  {
    hint: /I am|I['’]m|name is/i,
    re: new RegExp(`\\b(?:I am|I['’]m|[Mm]y name is)\\s+${N}`, 'u'),
    roles: ['interviewer']
  },
  {
    hint: new RegExp(`${lexicon('joinedBy')}\\s+(?:today\\s+)?(?:with|by)\\s`, 'i'),
    re: new RegExp(`\\b${lexicon('joinedBy')}\\s+(?:today\\s+)?(?:with|by)\\s+${N}`, 'u'),
    roles: ['interviewee']
  }
]

/** Add the people named by the head, intro, notes and speaker labels. */
export function inferPeople(state: State): void {
  const title = state.title ? [{text: state.title.text}] : []
  // People are introduced near the top: the first paragraphs of the intro and the notes, each up to 1,500 characters.
  const clip = (units: Array<{text: string}>) => units.slice(0, 16).map((u) => ({text: u.text.slice(0, 1500)}))
  const sources = [...title, ...(state.subtitle ? [state.subtitle] : []), ...clip(state.intro), ...clip(state.notes)]
  const bylined = new Set(state.people.filter((p) => p.evidence.startsWith('byline')).map((p) => p.name))
  const all =
    state.questions.length > 0 ? [...patterns, ...introductions, ...scriptPatterns] : [...patterns, ...scriptPatterns]
  for (const {text} of sources) {
    for (const pattern of all) {
      if (!pattern.hint.test(text)) continue
      const m = pattern.re.exec(text)
      if (!m) continue
      // "Dr. X, a hydrologist, spoke to Y" where Y wrote the piece: Y asked, X answered.
      const names = pattern.roles.map((role, index) =>
        role === 'org' ? null : m[index + 1] ? cleanName(m[index + 1]!) : null
      )
      const swap =
        pattern.roles.includes('interviewer') &&
        pattern.roles.includes('interviewee') &&
        names.some((n, i) => n && bylined.has(n) && pattern.roles[i] === 'interviewee')
      let last: Person | null = null
      pattern.roles.forEach((role, index) => {
        const value = m[index + 1]
        if (!value) return
        if (role === 'org') {
          if (last && !last.affiliation) last.affiliation = value.replace(/^the\s+/, '').trim()
          return
        }
        const name = personAt(text, m, value)
        if (name === null) return
        const actual: PersonRole = swap
          ? role === 'interviewer'
            ? 'interviewee'
            : role === 'interviewee'
              ? 'interviewer'
              : role
          : role
        last = addPerson(state, name, actual, m[0].trim())
      })
    }
  }
  addSpeakers(state, sources.map((s) => s.text).join(' '))
  if (state.questions.length > 0) addFirstNamed(state, sources.slice(title.length))
  if (state.questions.length > 0) {
    // In an interview, the byline's writer asked the questions; "writes X" in a dek names the interviewee.
    const hasInterviewer = state.people.some((p) => p.role === 'interviewer')
    for (const person of state.people) {
      if (person.role === 'author' && !hasInterviewer && person.evidence.startsWith('byline'))
        person.role = 'interviewer'
    }
    state.people = state.people.filter(
      (p) => p.role !== 'author' || !state.people.some((o) => o.name === p.name && o.role !== 'author')
    )
  }
}

const sentenceEnd = /(?<=\p{Ll}{2})\.\s/u
const fullName = new RegExp(`^${nameSource}$`, 'u')
const placeBefore = new RegExp(`${lexicon('placePreposition', undefined, {words: 'start'})}\\s*$`, 'iu')

/**
 * The person a pattern's capture names, or null when it names none. A name ends at a sentence's end:
 * after the verb ("joined by Dr. Rattan Bhalla. Rattan, …") the first sentence's words are the name;
 * before it, the last sentence's are ("… a weekly in New Delhi. She spoke to Y": "She", no name).
 * A name right after a preposition of place or of an organisation ("in New Delhi, spoke to Y",
 * "editor at Harbour Radio spoke…") is a place's or an organisation's, not the speaker's.
 */
function personAt(text: string, m: RegExpExecArray, value: string): string | null {
  const sentences = cleanName(value).split(sentenceEnd)
  const subject = !m[0].trimEnd().endsWith(value.trimEnd())
  const name = cleanName(subject ? sentences.at(-1)! : sentences[0]!).replace(/\s+/g, ' ')
  if (!subject) return name
  if (sentences.length > 1) return fullName.test(name) ? name : null
  const at = m.index + m[0].indexOf(value)
  return placeBefore.test(text.slice(0, at)) ? null : name
}

/**
 * The last resort for an interview whose guest no sentence or label names: the first full name in
 * the standfirst or intro ("Chidi Okorafor plays for…", "Dr. Renata Vollmer, who lives in…") is
 * the one interviewed, unless it is already the interviewer.
 */
function addFirstNamed(state: State, sources: Array<{text: string}>): void {
  if (state.people.some((p) => p.role === 'interviewee')) return
  for (const {text} of sources) {
    const unquoted = text.replace(/[«“"„][^»”"“]*[»”"“]/gu, ' ')
    for (const m of unquoted.matchAll(
      new RegExp(`(?:^|[\\s(,;])(${nameSource})(?=[\\s,.;:)’']|$)(?![’']s\\b)`, 'gu')
    )) {
      const name = afterAcronym(cleanName(m[1]!))
      // "the Minister of Water Resources": a name after "of" is an organisation's.
      if (orgBefore.test(unquoted.slice(0, m.index! + m[0].indexOf(m[1]!)))) continue
      // An article opens an outlet's name ("El País", "Die Zeit"), not a person's; so does a masthead word.
      if (name.split(/\s+/).length < 2 || outletArticle.test(name) || isOutletLike(state, name)) continue
      if (!state.people.some((p) => p.name === name))
        addPerson(state, name, 'interviewee', `first person named in the intro: "${text.slice(0, 80)}"`)
      return
    }
  }
}

/**
 * A capitalised run that holds an acronym names an institution before the person ("МИД Олег
 * Рябинин", "RP"): the words after the last acronym when they are two or more, else the run itself.
 * A surname in capitals at the end ("Tomáš KLÍMA") is no acronym here: nothing follows it.
 */
function afterAcronym(name: string): string {
  const words = name.split(/\s+/u)
  const last = words.findLastIndex((w, i) => i < words.length - 2 && /^\p{Lu}{2,}$/u.test(w) && !/^[IVXLC]+$/u.test(w))
  return last >= 0 ? words.slice(last + 1).join(' ') : name
}

const mastheadWord = new RegExp(lexicon('mastheadWord', undefined, {capitalized: true, words: 'whole'}), 'u')
const orgBefore = new RegExp(`${lexicon('orgPreposition', undefined, {words: 'start'})}\\s*$`, 'iu')
const outletArticle = new RegExp(`^${lexicon('outletArticle', undefined, {capitalized: true})}\\s`, 'u')

/** A name that is the site's, an outlet's, or printed in the chrome is not a person's. */
function isOutletLike(state: State, name: string): boolean {
  if (mastheadWord.test(name)) return true
  const lower = name.toLowerCase()
  return (
    state.outlets.some((o) => o.name.toLowerCase().includes(lower)) ||
    (state.site?.name.toLowerCase().includes(lower) ?? false) ||
    state.removed.some(
      (r) =>
        // not words: ledger rule ids
        /^chrome\/(?:site|navigation|breadcrumb|menu|widget|share|subscribe|copyright|tagline|section)/u.test(r.rule) &&
        r.text.toLowerCase().includes(lower)
    )
  )
}

const roleLabel = new RegExp(`^${lexicon('roleLabel')}$`, 'iu')

/** Speaker labels give roles: full names directly, surnames and initials through the intro's names. */
function addSpeakers(state: State, text: string): void {
  const named = [...text.matchAll(new RegExp(N, 'gu'))].map((m) => cleanName(m[1]!))
  // Every name, and its last two words ("Sinologist Anna Kowalczyk" → "Anna Kowalczyk").
  const candidates = [
    ...new Set(
      [...state.people.map((p) => p.name), ...named].flatMap((name) => [name, name.split(/\s+/).slice(-2).join(' ')])
    )
  ]
  const resolve = (label: string): string | null => {
    // Scripts without letter case: the label is the name as the page prints it ("郑大使", "玛丽安·霍斯特").
    if (!/\p{Lu}|\p{Ll}/u.test(label) && /\p{L}{2}/u.test(label)) return label
    // An ALL-CAPS label: the name as the title or intro prints it ("NURHAN EKİNCİOĞLU" → "Nurhan Ekincioğlu").
    if (label === label.toUpperCase() && /\p{Lu}{3}/u.test(label)) {
      const printed = casedForm(label, text)
      if (printed) return printed
    }
    if (roleLabel.test(label)) return null
    if (new RegExp(`^${nameSource}$`, 'u').test(label)) return cleanName(label)
    const initials = (name: string) =>
      name
        .split(/[\s-]+/)
        .map((w) => w[0])
        .join('')
        .toUpperCase()
    // A surname, initials, or a first name ("Renata:" for "Dr. Renata Vollmer").
    const match = candidates.find(
      (name) =>
        initials(name) === label.toUpperCase() ||
        name.split(/\s+/).at(-1)!.toLowerCase() === label.toLowerCase() ||
        (name.split(/\s+/).length > 1 && name.split(/\s+/)[0]!.toLowerCase() === label.toLowerCase())
    )
    return match ?? null
  }
  // What a person's labels say in brackets ("Luis Moreno (El País):"): the first becomes their affiliation.
  const affiliations = new Map<string, string>()
  const note = (speaker: string | null | undefined, affiliation: string | null | undefined) => {
    if (speaker && affiliation && !affiliations.has(speaker)) affiliations.set(speaker, affiliation)
  }
  for (const q of state.questions) {
    note(q.asker, q.askerAffiliation)
    note(q.answerer, q.answererAffiliation)
  }
  for (const turn of state.turnStarts.values()) note(turn.speaker, turn.affiliation)
  const add = (label: string, role: PersonRole) => {
    const name = resolve(label)
    if (!name) return
    const person = addPerson(state, name, role, `speaker label "${label}:"`)
    addLabel(person, label)
    // A role word ("Reporter (Reuters):") names nobody: its outlet stays on the question only.
    person.affiliation ??= affiliations.get(label) ?? null
  }
  for (const asker of new Set(state.questions.map((q) => q.asker).filter((a): a is string => a !== null)))
    add(asker, 'interviewer')
  const answerers = new Set([...state.answerers, ...state.questions.flatMap((q) => (q.answerer ? [q.answerer] : []))])
  for (const answerer of answerers) add(answerer, 'interviewee')
}

/** Record that the label `raw` was read as `person` (once per label, cleaned as the turns print it). */
function addLabel(person: Person, raw: string): void {
  const label = speakerName(raw)
  if (label === null || person.labels?.includes(label)) return
  person.labels = [...(person.labels ?? []), label]
}

/** Fold case and marks for comparing names across ALL CAPS and Turkish dotted I. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i').toLowerCase()

/** The last two or three words of an ALL-CAPS label as the text prints them, or null. */
function casedForm(label: string, text: string): string | null {
  const words = label.split(/\s+/)
  const tokens = text.split(/[^\p{L}\p{M}'-]+/u).filter(Boolean)
  for (const size of [3, 2]) {
    if (words.length < size) continue
    const want = words.slice(-size).map(fold).join(' ')
    for (let i = 0; i + size <= tokens.length; i++) {
      const slice = tokens.slice(i, i + size)
      if (slice.map(fold).join(' ') === want && slice.every((t) => /^\p{Lu}\p{Ll}/u.test(t))) return slice.join(' ')
    }
  }
  return null
}

/** Add a person once per name; an interview role outranks "author", and labels outrank prose. */
function addPerson(state: State, name: string, role: PersonRole, evidence: string): Person {
  // "Sinologist Anna Kowalczyk" and "Anna Kowalczyk" are one person: keep the shorter name.
  const existing = state.people.find(
    (person) => person.name === name || person.name.endsWith(` ${name}`) || name.endsWith(` ${person.name}`)
  )
  if (existing) {
    if (existing.name.length > name.length) existing.name = name
    if ((existing.role === 'author' && role !== 'author') || evidence.startsWith('speaker label')) existing.role = role
    return existing
  }
  const person: Person = {name, role, affiliation: null, source: 'inferred', evidence: evidence.trim()}
  state.people.push(person)
  return person
}

/** A person the bio names, when nothing else named them ("Dr. Priya Nair is a materials economist…"). */
export function addBioPerson(state: State): void {
  const bio = state.about[0]
  if (!bio) return
  const m = new RegExp(`^[—–\\-\\s*_]*(?:About the \\w+\\s*[:.\\-–—]?\\s*)?${N}`, 'u').exec(toString(bio.tree).trim())
  if (!m) return
  const name = cleanName(m[1]!)
  if (state.people.some((p) => p.name === name || p.name.endsWith(` ${name.split(' ').at(-1)}`))) return
  const interview = state.questions.length > 0
  // Only fill an empty role: a bio after an interview that already has its interviewee may be a translator's.
  const role: PersonRole = interview ? 'interviewee' : 'author'
  if (state.people.some((p) => p.role === role)) return
  state.people.push({name, role, affiliation: null, source: 'inferred', evidence: `bio: "${bio.text.slice(0, 80)}"`})
}

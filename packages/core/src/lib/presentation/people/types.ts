/**
 * The people and outlets of a collection. Each publication gives its part (`PublicationPeople`,
 * plain JSON a format keeps with the publication), and `indexPeople` merges the parts into the
 * collection's index (`PeopleIndex`): one entry per name, with every publication and every turn.
 */
import type {PublicationHead} from '../../model/format.js'
import type {OutletRole, PersonRole} from '../../model/publication.js'

/**
 * The publication a person or an outlet appears in, as their pages list it: its head (`headOf`: id,
 * plain-text title, language, kind, date, source file, which the merge reasons name).
 */
export type AppearanceSource = PublicationHead

/** One turn of a person's: the question they asked or the answer they gave. */
export interface PersonTurn {
  /** The question's anchor (`q3`), the same in every format. */
  id: string
  number: number
  /** `question` when they asked it, `answer` when they answered it. */
  side: 'question' | 'answer'
  /** The question as plain text, in the publication's language. */
  question: string
  /**
   * For an answer, its opening sentence (core's `leadSentence`, the key points' rule); for a
   * question, the question itself.
   */
  excerpt: string
  /** The speaker label the source printed on this side of the turn, cleaned; null when none. */
  label: string | null
  /** Why the turn is theirs, in English: "speaker label “AK”, read as Anna Kowalczyk by the normalizer". */
  attribution: string
  /** 1-based source line where their side starts (the question's, or the answer's first block's). */
  line: number
}

/** A person as one publication names them. */
export interface PersonAppearance {
  /** `nameKey` of the name: the same key in two publications is the same person. */
  key: string
  /** The address of their page (`slugOf(key)`), the same in every publication. */
  slug: string
  /** The name as the publication gives it. */
  name: string
  /** Speaker labels the normalizer read as this person (`Person.labels`). */
  labels: string[]
  /** Their roles in the publication (usually one). */
  roles: PersonRole[]
  /** Affiliations as the source states them, without repeats. */
  affiliations: string[]
  /** Why labels or spellings inside this publication are this person, in English. */
  reasons: string[]
  turns: PersonTurn[]
}

/** An outlet as one publication names it. */
export interface OutletAppearance {
  key: string
  slug: string
  name: string
  role: OutletRole
  /** "July 2017 edition", or null. */
  detail: string | null
  /** The outlet's address for this publication, when known. */
  url: string | null
}

/** What one publication gives the index (`peopleOf`): JSON, kept in a format's per-publication part. */
export interface PublicationPeople {
  publication: AppearanceSource
  people: PersonAppearance[]
  outlets: OutletAppearance[]
}

/** A person in one publication, as their page lists it. */
export interface PersonPublication {
  publication: AppearanceSource
  /** The name this publication gives. */
  name: string
  roles: PersonRole[]
  affiliations: string[]
  turns: PersonTurn[]
}

/** One person of the collection. */
export interface IndexedPerson {
  /** Unique within the collection; `people/<slug>.html`. */
  slug: string
  key: string
  /** The name most of their publications give (ties: the earliest publication's). */
  name: string
  /** The language of the publication that gives `name` (the name is written as that text writes it). */
  lang: string
  /** Every spelling and speaker label seen, the shown name first, then in code point order. */
  variants: string[]
  /** Why these appearances are one person, in English; empty for one spelling in one publication. */
  reasons: string[]
  /** Their publications by date (undated last), then by id. */
  publications: PersonPublication[]
}

/** An outlet in one publication. */
export interface OutletPublication {
  publication: AppearanceSource
  name: string
  role: OutletRole
  detail: string | null
  url: string | null
}

/** One outlet of the collection. */
export interface IndexedOutlet {
  /** Unique within the collection; `outlets/<slug>.html`. */
  slug: string
  key: string
  /** As `IndexedPerson.name` and `lang`. */
  name: string
  lang: string
  variants: string[]
  reasons: string[]
  publications: OutletPublication[]
}

/** The collection's people and outlets, each in `key` order (UTF-16 code units, not a locale), so every build lists them alike. */
export interface PeopleIndex {
  people: IndexedPerson[]
  outlets: IndexedOutlet[]
}

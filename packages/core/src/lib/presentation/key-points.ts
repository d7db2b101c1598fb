/**
 * Key points: each question with the opening sentence of its answer, in the source's own words
 * (extractive, never a summary a model wrote), quoted in the marks of the words around it. An article has one
 * key point: the opening sentence of its body. The sentence is found by the Unicode sentence rules
 * (UAX #29, https://unicode.org/reports/tr29/#Sentence_Boundaries) through `Intl.Segmenter`, as
 * the PDF briefing has always chosen it: a sentence shorter than 40 characters, or one ending in a
 * title such as "Mr.", is joined with the next; one longer than 60 words is cut after 55, with " …".
 */
import type {Words} from '../i18n/index.js'
import type {Block, Publication} from '../model/publication.js'
import {answerTurns} from '../model/answer-turns.js'
import {addressSpans} from '../text/typography.js'
import {speakerLabel} from './speakers.js'
import {colonOf, count, parenthesized, quote, term, textIn} from './words.js'
import type {KeyPoint, KeyPoints, LangText, SpeakerLabel} from './types.js'

/**
 * Key points a publication shows at most; the rest are counted in one line that links to the first
 * of them. A key point is a skim of a conversation: the interviews and press conferences we read
 * have 5–60 questions (bench/layouts, ../shared/realworld), so every one of them shows in full, while
 * a transcript of thousands of questions gets a page of key points, not thousands (issue 23: "a busy
 * reader does not read 3,364 pages of key points").
 */
export const keyPointsShown = 60

/** Fewer characters than this do not make a sentence worth quoting alone. */
const shortSentence = 40

/** The opening sentence of the first block's text, or '' when there is none. */
export function leadSentence(blocks: Block[], lang: string): string {
  const text = blocks[0]?.text ?? ''
  if (!text) return ''
  let first = text
  try {
    const segmenter = new Intl.Segmenter(lang, {granularity: 'sentence'})
    for (const segment of sentences(segmenter, text)) {
      first = segment.trim()
      // "Mr." or "e.g." do not end a sentence worth quoting: join short pieces with the next.
      if (first.length >= shortSentence || !/\b(?:Mr|Mrs|Ms|Dr|St|e\.g|i\.e|vs|U\.S)\.$/.test(first)) break
    }
    if (first.length < shortSentence) first = joinShort(segmenter, text)
  } catch {
    first = text
  }
  const words = first.split(' ')
  return words.length > 60 ? `${words.slice(0, 55).join(' ')} …` : first
}

/**
 * The sentences of `text` by UAX #29, except that a boundary inside an address is none: the `?` of
 * `https://video.example.org/watch?v=…` ends no sentence (field case 18).
 */
function sentences(segmenter: Intl.Segmenter, text: string): string[] {
  const spans = addressSpans(text)
  const out: string[] = []
  let current = ''
  for (const {segment, index} of segmenter.segment(text)) {
    current += segment
    const end = index + segment.length
    if (spans.some(([start, stop]) => start < end && end < stop)) continue
    out.push(current)
    current = ''
  }
  if (current) out.push(current)
  return out
}

function joinShort(segmenter: Intl.Segmenter, text: string): string {
  let joined = ''
  for (const segment of sentences(segmenter, text)) {
    joined += segment
    if (joined.trim().length >= shortSentence) break
  }
  return joined.trim()
}

/**
 * The label before a quoted sentence: "Opening sentence of the answer: ", or with the answerer's
 * name in parentheses, "Opening sentence of the answer (Minister Okafor): ", in the label's language.
 */
function prefixOf(label: LangText, answerer: SpeakerLabel | null): LangText {
  const aside = answerer ? parenthesized(answerer.name, label.lang) : ''
  return textIn(`${label.text}${aside}${colonOf(label.lang)}`, label.lang)
}

/**
 * The key points of a publication, with their heading and labels in `words`' language: the first
 * `keyPointsShown` questions, and `more` counting the others (null when every question is shown).
 */
export function presentKeyPoints(publication: Publication, words: Words): KeyPoints {
  const lang = publication.lang
  const label = term(words, 'openingSentence')
  const prefix = prefixOf(label, null)
  const point = (blocks: Block[]): Pick<KeyPoint, 'lead' | 'quoted'> => {
    const lead = leadSentence(blocks, lang)
    // The marks belong to the sentence around the quotation: the language of the interface words.
    return lead ? {lead: textIn(lead, lang), quoted: textIn(quote(lead, words.lang), lang)} : {lead: null, quoted: null}
  }
  const shown = publication.qa.slice(0, keyPointsShown)
  const rest = publication.qa.slice(keyPointsShown)
  const points: KeyPoint[] =
    publication.qa.length > 0
      ? shown.map((qa) => {
          // As the turn is labelled (with what the label says in brackets); the prefix names the speaker only.
          const answerer = speakerLabel(qa.answerer, lang, answerTurns(qa)[0]!.affiliation)
          return {
            id: qa.id,
            number: qa.number,
            question: {...textIn(qa.question.text, lang), inline: qa.question},
            answerer,
            prefix: prefixOf(label, answerer),
            ...point(qa.answer)
          }
        })
      : publication.body.length > 0
        ? [{id: null, number: null, question: null, answerer: null, prefix, ...point(publication.body)}]
        : []
  return {
    heading: term(words, 'keyPoints'),
    prefix,
    readFullAnswer: term(words, 'readFullAnswer'),
    introduction: term(words, 'keyPointsIntroduction'),
    points: points.filter((p) => p.question !== null || p.lead !== null),
    more: rest[0] ? {count: rest.length, id: rest[0].id, text: count(words, 'moreQuestions', rest.length)} : null
  }
}

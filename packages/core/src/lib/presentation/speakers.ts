/**
 * Who speaks in each turn: the asker's and the answerers' labels as every format prints them, the
 * name as the source printed it (`speakerName`) followed by the colon of the text's language
 * (`colonOf`: "Marc Fesneau :" in French, with a no-break space, "何明远：" in Chinese). A label is
 * in the publication's language, as the turn it opens, whatever the interface language. Only the
 * labels the source printed: a turn without one has none here, and none is made up. In a panel an
 * answer has several turns (`QA.turns`), each labelled with its own speaker.
 */
import {answerTurns} from '../model/answer-turns.js'
import type {Publication, QA} from '../model/publication.js'
import {speakerName} from '../text/speaker-name.js'
import {ownerOf, turnOwners} from './people/owners.js'
import {colonOf, textIn} from './words.js'
import type {SpeakerLabel, TurnSpeakers} from './types.js'

/** The label of a speaker named `raw` in a text in `lang`, or null when the source printed none. */
export function speakerLabel(raw: string | null, lang: string): SpeakerLabel | null {
  const name = speakerName(raw)
  if (name === null) return null
  const runIn = `${name}${colonOf(lang)}`
  return {...textIn(runIn.trimEnd(), lang), name, runIn}
}

/** The speakers of one turn. */
export function turnSpeakers(qa: QA, lang: string): TurnSpeakers {
  const turns = answerTurns(qa).map(({speaker, start, end}) => ({speaker: speakerLabel(speaker, lang), start, end}))
  return {id: qa.id, asker: speakerLabel(qa.asker, lang), answerer: turns[0]!.speaker, turns}
}

/**
 * The speakers of every turn of a publication, in order (one entry per question); a label that
 * names one of the publication's people carries the slug of their page (`turnOwners`' rules).
 */
export function presentSpeakers(publication: Publication): TurnSpeakers[] {
  const owners = turnOwners(publication)
  const withSlug = (label: SpeakerLabel | null, slug: string | undefined) => (label && slug ? {...label, slug} : label)
  return publication.qa.map((qa, index) => {
    const turn = turnSpeakers(qa, publication.lang)
    const {asker, answerer} = owners[index]!
    // The first turn's owner is the answerer's (an unlabelled answer may still be the only interviewee's).
    const turns = turn.turns.map((answer, position) => ({
      ...answer,
      speaker: withSlug(
        answer.speaker,
        position === 0 ? answerer?.slug : ownerOf(publication, qa.turns[position]!.speaker, 'interviewee')?.slug
      )
    }))
    return {...turn, asker: withSlug(turn.asker, asker?.slug), answerer: turns[0]!.speaker, turns}
  })
}

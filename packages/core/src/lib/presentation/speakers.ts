/**
 * Who speaks in each turn: the asker's and the answerers' labels as every format prints them, the
 * name as the source printed it (`speakerName`) followed by the colon of the text's language
 * (`colonOf`: "Marc Fesneau :" in French, with a no-break space, "何明远：" in Chinese). A label is
 * in the publication's language, as the turn it opens, whatever the interface language. Only the
 * labels the source printed: a turn without one has none here, and none is made up. In a panel an
 * answer has several turns (`QA.turns`), each labelled with its own speaker. What the label said in
 * brackets follows the name as the source printed it ("Luis Moreno (El País):", `QA.askerAffiliation`,
 * `AnswerTurn.affiliation`).
 */
import {answerTurns} from '../model/answer-turns.js'
import type {Publication, QA} from '../model/publication.js'
import {speakerName} from '../text/speaker-name.js'
import {ownerOf, turnOwners} from './people/owners.js'
import {colonOf, textIn} from './words.js'
import type {SpeakerLabel, TurnSpeakers} from './types.js'

/**
 * The label of a speaker named `raw` in a text in `lang`, with what their label said in brackets
 * (`affiliation`), or null when the source printed none. An affiliation without a name ("Q (Tass):")
 * is labelled by the affiliation alone: "Tass:".
 */
export function speakerLabel(raw: string | null, lang: string, affiliation: string | null = null): SpeakerLabel | null {
  const name = speakerName(raw)
  const outlet = speakerName(affiliation)
  if (name === null && outlet === null) return null
  const shown = name === null ? outlet! : outlet === null ? name : `${name} (${outlet})`
  const runIn = `${shown}${colonOf(lang)}`
  return {
    ...textIn(runIn.trimEnd(), lang),
    name: name ?? outlet!,
    runIn,
    ...(outlet !== null && name !== null ? {affiliation: outlet} : {})
  }
}

/** The speakers of one turn. */
export function turnSpeakers(qa: QA, lang: string): TurnSpeakers {
  const turns = answerTurns(qa).map(({speaker, affiliation, start, end}) => ({
    speaker: speakerLabel(speaker, lang, affiliation),
    start,
    end
  }))
  return {id: qa.id, asker: speakerLabel(qa.asker, lang, qa.askerAffiliation), answerer: turns[0]!.speaker, turns}
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
    // A label that is only an outlet ("Q (Tass):") names nobody: it links no page.
    const askerSlug = qa.asker === null ? undefined : asker?.slug
    return {...turn, asker: withSlug(turn.asker, askerSlug), answerer: turns[0]!.speaker, turns}
  })
}

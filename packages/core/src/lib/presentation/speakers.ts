/**
 * Who speaks in each turn: the asker's and the answerer's labels as every format prints them, the
 * name as the source printed it (`speakerName`) followed by the colon of the text's language
 * (`colonOf`: "Marc Fesneau :" in French, with a no-break space, "何明远：" in Chinese). A label is
 * in the publication's language, as the turn it opens, whatever the interface language. Only the
 * labels the source printed: a turn without one has none here, and none is made up.
 */
import type {Publication, QA} from '../model/publication.js'
import {speakerName} from '../text/speaker-name.js'
import {turnOwners} from './people/owners.js'
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
  return {id: qa.id, asker: speakerLabel(qa.asker, lang), answerer: speakerLabel(qa.answerer, lang)}
}

/**
 * The speakers of every turn of a publication, in order (one entry per question); a label that
 * names one of the publication's people carries the slug of their page (`turnOwners`' rules).
 */
export function presentSpeakers(publication: Publication): TurnSpeakers[] {
  const owners = turnOwners(publication)
  return publication.qa.map((qa, index) => {
    const turn = turnSpeakers(qa, publication.lang)
    const {asker, answerer} = owners[index]!
    return {
      ...turn,
      asker: turn.asker && asker ? {...turn.asker, slug: asker.slug} : turn.asker,
      answerer: turn.answerer && answerer ? {...turn.answerer, slug: answerer.slug} : turn.answerer
    }
  })
}

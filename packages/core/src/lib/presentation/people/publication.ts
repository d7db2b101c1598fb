/**
 * What one publication says about its people and outlets: who they are (the model's `people` and
 * `outlets`, keyed by `nameKey`) and every turn of each (whose a turn is: `turnOwners`).
 */
import {answerTurns, type TurnBlocks} from '../../model/answer-turns.js'
import {headOf} from '../../model/compose.js'
import type {Publication, QA} from '../../model/publication.js'
import {speakerName} from '../../text/speaker-name.js'
import {leadSentence} from '../key-points.js'
import {nameKey, sameNameReason, slugOf} from './names.js'
import {ownerOf, type TurnOwner, turnOwners} from './owners.js'
import type {OutletAppearance, PersonAppearance, PersonTurn, PublicationPeople} from './types.js'

/** The publication's people and outlets with every turn of each person (see the file comment for whose a turn is). */
export function peopleOf(publication: Publication): PublicationPeople {
  const owners = turnOwners(publication)
  const people = new Map<string, PersonAppearance>()
  for (const person of publication.people) {
    const key = nameKey(person.name)
    const known = people.get(key)
    const entry = known ?? {
      key,
      slug: slugOf(key),
      name: person.name,
      labels: [],
      roles: [],
      affiliations: [],
      reasons: [],
      turns: []
    }
    if (known && known.name !== person.name)
      entry.reasons.push(
        `“${person.name}” and “${known.name}” in ${publication.source.path}: ${sameNameReason(person.name, known.name)}`
      )
    if (!entry.roles.includes(person.role)) entry.roles.push(person.role)
    if (person.affiliation && !entry.affiliations.includes(person.affiliation))
      entry.affiliations.push(person.affiliation)
    people.set(key, entry)
  }
  publication.qa.forEach((qa, index) => {
    const {asker, answerer} = owners[index]!
    if (asker) addTurn(people.get(asker.key)!, qa, 'question', asker, publication)
    if (answerer) addTurn(people.get(answerer.key)!, qa, 'answer', answerer, publication)
    // A panel: each later turn of the answer is its own speaker's (once per person and question).
    const added = new Set(answerer ? [answerer.key] : [])
    for (const turn of answerTurns(qa).slice(1)) {
      const owner = ownerOf(publication, turn.speaker, 'interviewee')
      if (!owner || added.has(owner.key)) continue
      added.add(owner.key)
      addTurn(people.get(owner.key)!, qa, 'answer', owner, publication, turn)
    }
  })
  // Labels the normalizer read as a person but no turn carries (a label on a cut-off last turn).
  for (const person of publication.people)
    for (const label of person.labels ?? []) addLabel(people.get(nameKey(person.name))!, label, null, publication)
  const outlets: OutletAppearance[] = publication.outlets.map((outlet) => {
    const key = nameKey(outlet.name)
    return {key, slug: slugOf(key), name: outlet.name, role: outlet.role, detail: outlet.detail, url: outlet.url}
  })
  return {
    publication: headOf(publication),
    people: [...people.values()],
    outlets
  }
}

function addTurn(
  entry: PersonAppearance,
  qa: QA,
  side: PersonTurn['side'],
  owner: TurnOwner,
  publication: Publication,
  turn: TurnBlocks = answerTurns(qa)[0]!
): void {
  const label = speakerName(side === 'question' ? qa.asker : turn.speaker)
  // The line the side starts on: the question's, or the turn's first block's (where its label is).
  const line = side === 'answer' ? (turn.blocks[0]?.line ?? qa.line) : qa.line
  entry.turns.push({
    id: qa.id,
    number: qa.number,
    side,
    question: qa.question.text,
    excerpt: side === 'answer' ? leadSentence(turn.blocks, publication.lang) : qa.question.text,
    label,
    attribution: owner.attribution,
    line
  })
  if (label !== null) addLabel(entry, label, line, publication)
}

/** Keep a label that is not the name as printed, with the reason it is this person (once per label). */
function addLabel(entry: PersonAppearance, label: string, line: number | null, publication: Publication): void {
  if (label === entry.name || entry.labels.includes(label)) return
  entry.labels.push(label)
  const where = `${publication.source.path}${line === null ? '' : `, line ${line}`}`
  const same = sameNameReason(label, entry.name)
  entry.reasons.push(
    same
      ? `label “${label}” in ${where}: ${same} as “${entry.name}”`
      : `label “${label}” read as “${entry.name}” by the normalizer in ${where}`
  )
}

/**
 * An answer cut into its speakers' turns (`QA.turns`): each turn's speaker with its blocks, for the
 * record, the presentation and every format that labels a turn.
 */
import type {Block, QA} from './publication.js'

/** One turn of an answer: its speaker's label as printed (null without one) and its blocks. */
export interface TurnBlocks {
  speaker: string | null
  /** What the speaker's label says in brackets (`AnswerTurn.affiliation`), or null. */
  affiliation: string | null
  /** Index in `QA.answer` of the first block, and one past the last. */
  start: number
  end: number
  blocks: Block[]
}

/**
 * The turns of an answer in order, each with its blocks. The first is `answerer`'s (the one field
 * code that predates turns reads and writes), from block 0; an answer without turns is that one turn.
 */
export function answerTurns(qa: Pick<QA, 'answer' | 'answerer' | 'turns'>): TurnBlocks[] {
  const first = qa.turns[0]?.speaker === qa.answerer ? (qa.turns[0]?.affiliation ?? null) : null
  const turns = [{speaker: qa.answerer, affiliation: first, start: 0}, ...qa.turns.slice(1)]
  return turns.map((turn, index) => {
    const end = turns[index + 1]?.start ?? qa.answer.length
    return {
      speaker: turn.speaker,
      affiliation: turn.affiliation,
      start: turn.start,
      end,
      blocks: qa.answer.slice(turn.start, end)
    }
  })
}

/**
 * A source that stops mid-sentence was cut off when it was copied. The last paragraph of content
 * tells: it ends without closing punctuation ("…begin to take on political-stra"), or a paywall
 * prompt follows it.
 */
import {messageAt} from '../messages.js'
import type {State} from './state.js'
import {continuation} from './strip-chrome.js'

// Closing punctuation of the scripts we list, and any Unicode Sentence_Terminal (Khmer ។ ៕,
// Ethiopic ።, Myanmar ။, Tibetan ། …).
const closedMark = /[.!?…:;"”'»)\]*_~`。！？；：）」』》】〉、۔؟।॥\p{Sentence_Terminal}]$/u
// Thai sets no full stop at the end of a paragraph: its last letter says nothing of a cut.
const noFinalStop = /\p{Script=Thai}[\p{M}\s]*$/u

/**
 * True when a paragraph ends as finished text. A closing ’ right after a letter is a closing
 * quote only where an opening ‘ precedes it; otherwise it is an apostrophe cut off mid-word
 * ("Bütün bunlar, Türkiye’").
 */
const closed = {
  test: (text: string) =>
    /[\p{L}\p{M}]’$/u.test(text)
      ? text.slice(-300).includes('‘')
      : closedMark.test(text) || /’$/u.test(text) || noFinalStop.test(text)
}

/** Characters from which a paragraph counts as the text's own when looking for what follows it. */
const contentLength = 100

/**
 * The first removed line after the last paragraph of the text's own (any question or answer, body or
 * intro of `contentLength` characters or more) that links to its continuation elsewhere, if any.
 */
function continuedElsewhere(state: State): {line: number; text: string} | undefined {
  let lastContent = 0
  for (const unit of state.units)
    if (
      unit.role === 'question' ||
      unit.role === 'answer' ||
      ((unit.role === null || unit.role === 'body' || unit.role === 'intro') && unit.text.length >= contentLength)
    )
      lastContent = Math.max(lastContent, unit.endLine)
  if (lastContent === 0) return undefined
  return state.removed.find((entry) => entry.line > lastContent && continuation.test(entry.text.trim()))
}

/**
 * True when a paragraph reads as a sentence cut off: no closing punctuation once table remnants
 * ("… नहीं। |") are set aside.
 */
function unfinishedSentence(text: string): boolean {
  return !closed.test(text.replace(/[\s|]+$/u, ''))
}

/** Set `truncated` and warn when the last content paragraph is unfinished or an answer is missing. */
export function detectTruncation(state: State): void {
  const lastQuestion = state.questions.at(-1)
  const lastAnswer = state.answers.at(-1)
  if (lastQuestion && lastAnswer && lastAnswer.length === 0) {
    state.truncated = true
    state.warnings.push(
      messageAt(
        state.file,
        'source/truncated',
        'the source ends after a question, before its answer: the text is incomplete',
        lastQuestion.unit.line
      )
    )
    return
  }
  const elsewhere = continuedElsewhere(state)
  if (elsewhere) {
    state.truncated = true
    state.warnings.push(
      messageAt(
        state.file,
        'source/truncated',
        `the text continues on another page ("${elsewhere.text.trim().slice(0, 40)}"): only its first part is here`,
        elsewhere.line
      )
    )
    return
  }
  const last = (lastAnswer ?? state.body).at(-1)
  if (last?.tree.type !== 'paragraph') return
  // A paywall prompt after the last paragraph ("Already a subscriber? Log in"): the rest is behind it.
  const paywall = state.removed.find((entry) => entry.rule === 'chrome/paywall' && entry.line > last.endLine)
  if (paywall) {
    state.truncated = true
    state.warnings.push(
      messageAt(
        state.file,
        'source/truncated',
        `the text stops at a paywall prompt ("${paywall.text.slice(0, 40)}"): the rest is for subscribers`,
        paywall.line
      )
    )
    return
  }
  if (!unfinishedSentence(last.text)) return
  state.truncated = true
  const tail = last.text.slice(-40)
  state.warnings.push(
    messageAt(
      state.file,
      'source/truncated',
      `the source stops mid-sentence ("…${tail}"): the text is incomplete`,
      last.endLine
    )
  )
}

/** Warn about answers that are empty in the middle of an interview. */
export function checkAnswers(state: State): void {
  state.answers.forEach((answer, index) => {
    if (answer.length === 0 && index < state.answers.length - 1) {
      state.warnings.push(
        messageAt(
          state.file,
          'structure/empty-answer',
          `question ${index + 1} has no answer`,
          state.questions[index]!.unit.line
        )
      )
    }
  })
}

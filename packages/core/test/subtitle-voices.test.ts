/**
 * WebVTT voice spans (read-transcript.ts; MISSES.md "transcript marks"): "<v Speaker 2>…" names who
 * speaks in a cue, so a change of voice starts a turn; the file's "WEBVTT" signature and every cue
 * timing are listed as removed, and the header after the signature is the title.
 */
import {toString} from 'mdast-util-to-string'
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'

const cues = [
  'WEBVTT - Harbour Hour: the ferry captain answers listeners',
  '00:00:00.500 --> 00:00:04.000\n<v Speaker 1>Welcome back to Harbour Hour. I am Odile Marsh,',
  '00:00:04.100 --> 00:00:08.000\n<v Speaker 1>and with me is the ferry captain Ruben Tallis.',
  '00:00:08.200 --> 00:00:10.000\n<v Speaker 2>Glad to be here, Odile.',
  '00:00:10.500 --> 00:00:14.000\n<v Speaker 1>Our first listener asks: <i>why</i> does the morning',
  '00:00:14.100 --> 00:00:16.000\n<v Speaker 1>boat leave so early?',
  '00:00:16.500 --> 00:00:20.000\n<v.calm Speaker 2>Because the tide turns at six, and we sail with it.</v>',
  '00:00:20.500 --> 00:00:24.000\n<v Speaker 1>And the second listener wants to know: do you ever get seasick?',
  '00:00:24.500 --> 00:00:28.000\n<v Speaker 2>Twice in thirty years. Both times on a calm day, oddly.'
]

function read(text: string) {
  const result = normalizeSource({path: 'harbour.vtt.txt', bytes: new TextEncoder().encode(text), meta: null})
  if (!result.ok) throw new Error('not normalized')
  return result.publication
}

describe('WebVTT voice spans', () => {
  const publication = read(cues.join('\n\n'))

  it('turns a change of voice into a labelled turn, joining the cues of one voice', () => {
    expect(publication.kind).toBe('interview')
    expect(publication.qa.map((qa) => toString(qa.question))).toEqual([
      'Our first listener asks: why does the morning boat leave so early?',
      'And the second listener wants to know: do you ever get seasick?'
    ])
    expect(publication.qa.map((qa) => qa.answer.map((block) => toString(block.tree)))).toEqual([
      ['Because the tide turns at six, and we sail with it.'],
      ['Twice in thirty years. Both times on a calm day, oddly.']
    ])
  })

  it('keeps no tag and no timing in the text, and lists the signature and timings as removed', () => {
    const {removed: _, ...content} = publication
    const published = JSON.stringify(content)
    expect(published).not.toMatch(/<v|<\/v>|<i>|-->|WEBVTT/u)
    expect(publication.title.text).toBe('Harbour Hour: the ferry captain answers listeners')
    const removed = publication.removed.filter((entry) => entry.rule === 'structure/subtitle-cue')
    expect(removed.map((entry) => entry.text)).toContain('WEBVTT -')
    expect(removed.filter((entry) => entry.text.includes('-->'))).toHaveLength(8)
  })
})

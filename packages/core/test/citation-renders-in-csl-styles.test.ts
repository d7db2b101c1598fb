/**
 * The CSL-JSON item renders with citeproc-js (as bundled by citation.js's `@citation-js/plugin-csl`)
 * in the APA, Vancouver and Harvard styles the plugin ships: each reference names the interviewee,
 * the title, the outlet and the year, so a reference manager given the file cites it whole.
 */
import {Cite} from '@citation-js/core'
import '@citation-js/plugin-csl'
import {describe, expect, it} from 'vitest'
import {seedCorpus} from './helpers/seeds.js'
import {citationRecordOf} from '../src/index.js'

const {corpus, first, second} = seedCorpus()
const buildDate = '2023-11-14T22:13:20Z'
const styles = ['apa', 'vancouver', 'harvard1']

describe('citeproc-js renders the CSL-JSON', () => {
  for (const publication of [first, second]) {
    const {csl} = citationRecordOf(publication, corpus.collection, {buildDate})
    // What the site writes to cite/<id>.json: an array of one item, read back as JSON.
    const items = JSON.parse(JSON.stringify([csl]))
    for (const style of styles)
      it(`names interviewee, title, outlet and year in ${style} (${publication.id.slice(0, 10)})`, () => {
        const text: string = new Cite(items).format('bibliography', {format: 'text', template: style, lang: 'en-US'})
        expect(text).toContain('Korybko')
        // Styles change a title's case and quotes, never its words.
        expect(text.toLowerCase()).toContain(publication.title.text.toLowerCase().slice(0, 30))
        expect(text).toContain(csl['container-title'])
        expect(text).toContain(String(csl.issued?.['date-parts'][0][0]))
      })
  }
})

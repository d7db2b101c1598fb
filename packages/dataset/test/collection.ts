/**
 * A small collection for the tests that query the dataset: the two seeds (with collection.yaml), a
 * press conference with two answerers and speaker labels, and a Chinese interview. Rendered once
 * per run (the package's tests share one module cache).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {buildCorpus} from '@dossier/core'
import {render} from '../src/index.js'
import {assets} from './assets.js'

export const root = path.join(import.meta.dirname, '../../..')
const source = (name: string, file: string) => ({
  path: name,
  bytes: new Uint8Array(readFileSync(path.join(root, file))),
  meta: null
})
export const corpus = buildCorpus({
  sources: [
    source('000_388b1c817c432ae6.txt', 'sources/000_388b1c817c432ae6.txt'),
    source('002_63918c13af0e94a2.txt', 'sources/002_63918c13af0e94a2.txt'),
    source('press-conference.txt', 'packages/core/test/fixtures/press-conference-two-answerers/input.txt'),
    source('chinese.txt', 'packages/core/test/fixtures/chinese-question-answer-marks/input.txt')
  ],
  collection: {path: 'collection.yaml', text: readFileSync(path.join(root, 'sources/collection.yaml'), 'utf8')}
})
export const options = {buildDate: '2024-05-22T00:00:00.000Z', paper: 'a4' as const, attachments: [], assets}
export const files = await render(corpus, options)

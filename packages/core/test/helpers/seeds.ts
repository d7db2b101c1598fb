/** The two seed interviews (`sources/`), normalized with no collection.yaml, as several tests read them. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {buildCorpus, type Corpus, type Publication} from '../../src/index.js'

export const sourcesDir = path.join(import.meta.dirname, '../../../../sources')

/** A seed source as the CLI would read it. */
export function readSeed(name: string) {
  return {path: name, bytes: new Uint8Array(readFileSync(path.join(sourcesDir, name))), meta: null}
}

/** The seeds' corpus and its two publications, in path order. */
export function seedCorpus(): {corpus: Corpus; first: Publication; second: Publication} {
  const corpus = buildCorpus({
    sources: [readSeed('000_388b1c817c432ae6.txt'), readSeed('002_63918c13af0e94a2.txt')],
    collection: null
  })
  const [first, second] = corpus.publications as [Publication, Publication]
  return {corpus, first, second}
}

/**
 * Each publication's searchable texts as a classic script, `search/<id>.js`, which the search page
 * loads only for the publications among the results it shows, to cut an excerpt around the matched
 * words and mark them.
 *
 * Why not in the index: the index is loaded whole before the first result (issue 23 finds it
 * large already), and storing every answer's text in it would add the collection's whole text to
 * that one download — on the bench's 100 interviews, 4 MB more than its 6.3 MB. Storing a fixed
 * excerpt (the first 160 characters, as before) seldom shows the matched word. A text script per
 * publication costs nothing until a result needs it, and the page loads each at most once. A script
 * rather than JSON, because fetch does not work from file:// and a script does. The index no
 * longer stores an excerpt at all, so it is smaller than before. The build reads the texts back
 * from this script (`readSearchTexts`) to index them, so a publication's part need not carry them.
 */
import type {SearchDocument} from './search-index.js'

/** Site-relative path of a publication's text script. */
export function searchTextPath(id: string): string {
  return `search/${id}.js`
}

/**
 * The text script of one publication's documents: it adds `{document id: text}` under the
 * publication's id to `window.dossierSearchTexts`.
 */
export function renderSearchTexts(id: string, documents: SearchDocument[]): string {
  const texts = Object.fromEntries(documents.map((document) => [document.id, document.text]))
  return `${textsPrefix(id)}${JSON.stringify(texts)};\n`
}

/**
 * The texts `renderSearchTexts(id, …)` wrote into `script` (its bytes, UTF-8), by document id.
 * Throws when the script is not one `renderSearchTexts` made for `id`.
 */
export function readSearchTexts(id: string, script: Uint8Array | string): Record<string, string> {
  const text = typeof script === 'string' ? script : Buffer.from(script).toString('utf8')
  const prefix = textsPrefix(id)
  if (!text.startsWith(prefix) || !text.endsWith(';\n'))
    throw new Error(`${searchTextPath(id)} is not a text script of ${id}`)
  return JSON.parse(text.slice(prefix.length, -2)) as Record<string, string>
}

function textsPrefix(id: string): string {
  return `(window.dossierSearchTexts = window.dossierSearchTexts || {})[${JSON.stringify(id)}] = `
}

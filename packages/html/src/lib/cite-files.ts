/**
 * A publication's citation files, for a reader's reference manager: `cite/<id>.json` (CSL-JSON, an
 * array of one item, as citeproc-js and Zotero import it), `cite/<id>.bib` (BibTeX) and
 * `cite/<id>.ris` (RIS, CRLF line endings). Their contents are core's `citationRecordOf`; this only
 * names the files and writes them. Paths are relative to the site root, so the links work from
 * `file://` as from a server.
 */
import type {CitationRecord, OutputFile} from '@dossier/core'

/** One citation file: its site-relative path and the name of its format, as readers know it. */
export interface CiteFile {
  path: string
  /** "CSL-JSON", "BibTeX", "RIS": names of formats, the same in every language. */
  label: string
}

/** The citation files of publication `id`, in the order the page lists them. */
export function citeFiles(id: string): CiteFile[] {
  return [
    {path: `cite/${id}.json`, label: 'CSL-JSON'},
    {path: `cite/${id}.bib`, label: 'BibTeX'},
    {path: `cite/${id}.ris`, label: 'RIS'}
  ]
}

/** The files themselves: the CSL-JSON pretty-printed with a final newline, BibTeX and RIS as core wrote them. */
export function citeOutputs(id: string, record: CitationRecord): OutputFile[] {
  const [json, bib, ris] = citeFiles(id) as [CiteFile, CiteFile, CiteFile]
  return [
    {path: json.path, contents: `${JSON.stringify([record.csl], null, 2)}\n`},
    {path: bib.path, contents: record.bibtex},
    {path: ris.path, contents: record.ris}
  ]
}

#!/usr/bin/env node
/**
 * The EPUB floor: JSZip deflating the same bytes. The entries of the EPUBs Dossier built were
 * extracted beforehand into <dir>/<book>/…; this zips each book back (mimetype stored, the rest
 * deflated, as in an EPUB) and writes it. What Dossier's EPUB renderer cannot beat.
 *
 *   node floor-zip.mjs <extracted dir> <out dir>
 */
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'

const [dir, out] = process.argv.slice(2)
mkdirSync(out, {recursive: true})

function walk(root, rel = '') {
  return readdirSync(path.join(root, rel), {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? walk(root, path.join(rel, e.name)) : [path.join(rel, e.name)]
  )
}

let bytes = 0
for (const book of readdirSync(dir).sort()) {
  const zip = new JSZip()
  const files = walk(path.join(dir, book)).sort((a, b) =>
    a === 'mimetype' ? -1 : b === 'mimetype' ? 1 : a.localeCompare(b)
  )
  for (const file of files) {
    const data = readFileSync(path.join(dir, book, file))
    bytes += data.length
    zip.file(file.split(path.sep).join('/'), data, {compression: file === 'mimetype' ? 'STORE' : 'DEFLATE'})
  }
  writeFileSync(
    path.join(out, book),
    await zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: {level: 6}})
  )
}
process.stdout.write(`${JSON.stringify({bytes})}\n`)

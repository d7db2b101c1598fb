#!/usr/bin/env node
/**
 * Writes the README's table of concepts and languages ("What the normalizer understands") from the
 * language data: `coverageTable()` of the built core (run `pnpm --filter @dossier/core build`
 * first), between the markers of `languages/table.ts`. `--check` exits 1 when the README is stale
 * instead of writing it. test/languages.test.ts makes the same comparison from the sources.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {coverageTable, tableMarkers} from '../dist/lib/languages/table.js'

const readme = fileURLToPath(new URL('../../../README.md', import.meta.url))
const text = readFileSync(readme, 'utf8')
const start = text.indexOf(tableMarkers.start)
const end = text.indexOf(tableMarkers.end)
if (start < 0 || end < start) {
  console.error(`README.md has no "${tableMarkers.start}" … "${tableMarkers.end}" block`)
  process.exit(2)
}
const next = `${text.slice(0, start + tableMarkers.start.length)}\n${coverageTable()}\n${text.slice(end)}`
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('README.md: the languages table is stale; run node packages/core/scripts/languages-table.mjs')
    process.exit(1)
  }
} else if (next !== text) {
  writeFileSync(readme, next)
  console.log('README.md: languages table written')
}

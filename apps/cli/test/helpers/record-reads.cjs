/**
 * Preloaded (`node --require`) by read-assets.test.ts: appends to the file named by
 * `DOSSIER_TEST_READS` the path of every Noto font read whole (`readFile`, `readFileSync`).
 * Streams (how a build hashes its assets) are not recorded.
 */
const fs = require('node:fs')
const {syncBuiltinESMExports} = require('node:module')

const log = process.env.DOSSIER_TEST_READS
const note = (file) => {
  if (log && /noto/i.test(String(file))) fs.appendFileSync(log, `${file}\n`)
}
const readFileSync = fs.readFileSync
fs.readFileSync = function (file, ...rest) {
  note(file)
  return readFileSync.call(this, file, ...rest)
}
const readFile = fs.promises.readFile
fs.promises.readFile = function (file, ...rest) {
  note(file)
  return readFile.call(this, file, ...rest)
}
// ES modules importing node:fs see the patched functions too.
syncBuiltinESMExports()

/**
 * Preloaded (`node --require`) by read-assets.test.ts: appends to the file named by
 * `DOSSIER_TEST_READS` the path of every Noto font read whole (`readFile`, `readFileSync`).
 * Streams (how a build hashes its assets) are not recorded, unless `DOSSIER_TEST_STREAMS` is set (below).
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

// With `DOSSIER_TEST_STREAMS`: every file this thread streams (`createReadStream`, how a build
// hashes files), one path a line.
const streams = process.env.DOSSIER_TEST_STREAMS
if (streams) {
  const createReadStream = fs.createReadStream
  fs.createReadStream = function (file, ...rest) {
    fs.appendFileSync(streams, `${file}\n`)
    return createReadStream.call(this, file, ...rest)
  }
  syncBuiltinESMExports()
}

/**
 * `dossier dev`: a live preview for editors. Builds every format, serves `output/site` on
 * 127.0.0.1 (unless `--host` says otherwise), rebuilds every format when a source changes — so the
 * site's EPUB, PDF and dataset downloads are never stale; the per-publication render cache keeps
 * that cheap — and tells open pages to reload.
 */
import {type FSWatcher, readdirSync, statSync, watch} from 'node:fs'
import path from 'node:path'
import {startPreviewServer} from '../io/preview-server.js'
import type {Reporter} from '../report.js'
import {type BuildOptions, build} from './build.js'

export interface DevOptions extends BuildOptions {
  /** 0 lets the system pick a free port (the URL printed says which). */
  port: number
  host: string
}

/** How often the sources folder's identity is checked, to follow it when it is moved away and back (ms). */
const followEvery = 1_000

/** Serve and rebuild until interrupted; resolves only if the server cannot start. */
export async function dev(options: DevOptions, reporter: Reporter): Promise<number> {
  const root = path.resolve(options.out, 'site')
  // What the sources were when the latest build started: the poll below compares with it.
  let built = signatureOf(options.sources)
  let queued = false
  let building: Promise<unknown> = build(options, reporter)
  await building

  const preview = await startPreviewServer({root, host: options.host, port: options.port})
  reporter.info(`previewing ${root} at ${preview.url} — edit a source and the page reloads (Ctrl-C to stop)`)

  let timer: NodeJS.Timeout | undefined
  const changed = () => {
    clearTimeout(timer)
    queued = true
    timer = setTimeout(() => {
      building = building.then(async () => {
        queued = false
        built = signatureOf(options.sources)
        reporter.info('source changed: rebuilding every format')
        const result = await build(options, reporter).catch((error: Error) => {
          reporter.info(`rebuild failed: ${error.message}`)
          return null
        })
        // Open pages reload only onto a site this rebuild wrote; after a failure they keep what they show.
        if (result?.published.includes('html')) {
          reporter.info('rebuilt: reloading open pages')
          preview.reload()
        } else reporter.info('the site was not rebuilt: open pages keep the last good version')
      })
    }, 150)
  }
  followFolder(options.sources, changed, reporter, () => (queued ? null : built))
  return new Promise<number>(() => {})
}

/**
 * Watch a folder recursively and keep watching it when it is replaced: fs.watch follows the folder
 * it was given (its inode), so a sources folder moved away and back, or removed and made again,
 * would go unnoticed. Its identity is checked every `followEvery` ms; a new one is watched afresh
 * (and counts as a change), a missing one is waited for.
 *
 * A safety net under fs.watch, which can miss an edit (Node 20 watches a folder recursively on
 * Linux by walking it and watching each subfolder, asynchronously, so an edit right after a folder
 * came back went unseen on a loaded machine): each tick also compares the files' names, sizes and
 * times with `lastBuilt()`, what they were when the latest build started (null while a rebuild is
 * queued, which will read them anyway). A difference is a change, so an edit is never lost and
 * one heard by fs.watch is not built twice.
 */
function followFolder(dir: string, onChange: () => void, reporter: Reporter, lastBuilt: () => string | null): void {
  let watcher: FSWatcher | null = null
  let identity: string | null = null
  // Whether "is gone" was said: said once per absence, whatever closed the watcher first.
  let gone = false
  const attach = (): boolean => {
    watcher?.close()
    watcher = null
    try {
      const info = statSync(dir)
      identity = `${info.dev}:${info.ino}`
      watcher = watch(dir, {recursive: true}, onChange)
      // An error (the folder moved under a recursive watch) only drops the watcher: the next tick
      // says whether the folder is gone, and watches it again when it is there.
      watcher.on('error', () => {
        watcher?.close()
        watcher = null
      })
      return true
    } catch {
      identity = null
      return false
    }
  }
  attach()
  setInterval(() => {
    let now: string | null = null
    try {
      const info = statSync(dir)
      now = info.isDirectory() ? `${info.dev}:${info.ino}` : null
    } catch {}
    if (now === null) {
      if (!gone) reporter.info(`${dir} is gone: waiting for it to come back`)
      gone = true
      watcher?.close()
      watcher = null
      identity = null
      return
    }
    if (now === identity && watcher) {
      const expected = lastBuilt()
      if (expected !== null && signatureOf(dir) !== expected) onChange()
      return
    }
    if (!attach()) return
    if (gone) reporter.info(`${dir} is back: watching it again`)
    gone = false
    onChange()
  }, followEvery).unref()
}

/** Names, sizes and modification times of every file below `dir`: what an edit changes. */
function signatureOf(dir: string): string {
  try {
    return readdirSync(dir, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        try {
          const info = statSync(file)
          return `${file}\0${info.size}\0${info.mtimeMs}`
        } catch {
          return file
        }
      })
      .sort()
      .join('\n')
  } catch {
    return ''
  }
}

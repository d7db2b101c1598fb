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
  let building: Promise<unknown> = build(options, reporter)
  await building

  const preview = await startPreviewServer({root, host: options.host, port: options.port})
  reporter.info(`previewing ${root} at ${preview.url} — edit a source and the page reloads (Ctrl-C to stop)`)

  let timer: NodeJS.Timeout | undefined
  const changed = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      building = building.then(async () => {
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
  followFolder(options.sources, changed, reporter)
  return new Promise<number>(() => {})
}

/**
 * Watch a folder recursively and keep watching it when it is replaced: fs.watch follows the folder
 * it was given (its inode), so a sources folder moved away and back, or removed and made again,
 * would go unnoticed. Its identity is checked every `followEvery` ms; a new one is watched afresh
 * (and counts as a change), a missing one is waited for.
 */
function followFolder(dir: string, onChange: () => void, reporter: Reporter): void {
  let watcher: FSWatcher | null = null
  let identity: string | null = null
  // A safety net under fs.watch: Node 20 watches a folder recursively on Linux by walking it and
  // watching each subfolder, asynchronously, and on a loaded machine an edit right after a folder
  // came back went unseen. Each tick also compares the files' names, sizes and times; a difference
  // no event reported is a change.
  let signature = ''
  let heard = false
  const seen = () => {
    heard = true
    onChange()
  }
  const attach = () => {
    watcher?.close()
    watcher = null
    try {
      const info = statSync(dir)
      identity = `${info.dev}:${info.ino}`
      signature = signatureOf(dir)
      watcher = watch(dir, {recursive: true}, seen)
      watcher.on('error', () => {
        watcher?.close()
        watcher = null
        identity = null
      })
    } catch {
      identity = null
    }
  }
  attach()
  setInterval(() => {
    let now: string | null = null
    try {
      const info = statSync(dir)
      now = info.isDirectory() ? `${info.dev}:${info.ino}` : null
    } catch {}
    if (now === identity && watcher) {
      const current = signatureOf(dir)
      if (current !== signature && !heard) onChange()
      signature = current
      heard = false
      return
    }
    if (now === null) {
      if (identity !== null || watcher) reporter.info(`${dir} is gone: waiting for it to come back`)
      watcher?.close()
      watcher = null
      identity = null
      return
    }
    attach()
    reporter.info(`${dir} is back: watching it again`)
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

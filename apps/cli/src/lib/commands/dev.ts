/**
 * `dossier dev`: a live preview for editors. Builds every format, serves `output/site` on
 * 127.0.0.1 (unless `--host` says otherwise), rebuilds every format when a source changes — so the
 * site's EPUB, PDF and dataset downloads are never stale; the per-publication render cache keeps
 * that cheap — and tells open pages to reload.
 */
import {watch} from 'node:fs'
import path from 'node:path'
import {startPreviewServer} from '../io/preview-server.js'
import type {Reporter} from '../report.js'
import {type BuildOptions, build} from './build.js'

export interface DevOptions extends BuildOptions {
  /** 0 lets the system pick a free port (the URL printed says which). */
  port: number
  host: string
}

/** Serve and rebuild until interrupted; resolves only if the server cannot start. */
export async function dev(options: DevOptions, reporter: Reporter): Promise<number> {
  const root = path.resolve(options.out, 'site')
  let building: Promise<unknown> = build(options, reporter)
  await building

  const preview = await startPreviewServer({root, host: options.host, port: options.port})
  reporter.info(`previewing ${root} at ${preview.url} — edit a source and the page reloads (Ctrl-C to stop)`)

  let timer: NodeJS.Timeout | undefined
  watch(options.sources, {recursive: true}, () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      building = building.then(async () => {
        reporter.info('source changed: rebuilding every format')
        await build(options, reporter).catch((error: Error) => reporter.info(`rebuild failed: ${error.message}`))
        reporter.info('rebuilt: reloading open pages')
        preview.reload()
      })
    }, 150)
  })
  return new Promise<number>(() => {})
}

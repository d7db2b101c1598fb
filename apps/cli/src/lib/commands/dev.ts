/**
 * `dossier dev`: a live preview for editors. Builds, serves `output/site` on localhost, rebuilds
 * when a source changes and tells open pages to reload (Server-Sent Events). The reload script is
 * added to pages only by this server; the published site never contains it.
 */
import {watch} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {createServer, type ServerResponse} from 'node:http'
import path from 'node:path'
import {build, type BuildOptions} from './build.js'
import type {Reporter} from '../report.js'

export interface DevOptions extends BuildOptions {
  port: number
  host: string
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.xml': 'application/xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.epub': 'application/epub+zip', '.pdf': 'application/pdf', '.csv': 'text/csv', '.txt': 'text/plain'
}
const reloadScript = "new EventSource('/__dossier/events').onmessage = () => location.reload()\n"

/** Serve and rebuild until interrupted; resolves only if the server cannot start. */
export async function dev(options: DevOptions, reporter: Reporter): Promise<number> {
  const clients = new Set<ServerResponse>()
  const siteDir = path.join(options.out, 'site')
  let building: Promise<unknown> = build(options, reporter)
  await building

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === '/__dossier/events') {
      response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store'})
      clients.add(response)
      request.on('close', () => clients.delete(response))
      return
    }
    if (url.pathname === '/__dossier/reload.js') {
      response.writeHead(200, {'content-type': 'text/javascript'}).end(reloadScript)
      return
    }
    let file = path.join(siteDir, decodeURIComponent(url.pathname))
    if (!file.startsWith(siteDir)) return void response.writeHead(403).end()
    if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html')
    const body = await readFile(file).catch(() => null)
    if (!body) return void response.writeHead(404, {'content-type': 'text/plain'}).end('not found')
    const type = types[path.extname(file)] ?? 'application/octet-stream'
    if (type.startsWith('text/html')) {
      // Allow the reload connection and script in the page's CSP, for this preview only.
      const html = body
        .toString('utf8')
        .replace(/connect-src [^;"]*/, "connect-src 'self'")
        .replace('</body>', '<script src="/__dossier/reload.js"></script></body>')
      return void response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'}).end(html)
    }
    response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'}).end(body)
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port, options.host, resolve))
  reporter.info(`previewing ${siteDir} at http://${options.host}:${options.port}/ — edit a source and the page reloads (Ctrl-C to stop)`)

  let timer: NodeJS.Timeout | undefined
  watch(options.sources, {recursive: true}, () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      building = building.then(async () => {
        reporter.info('source changed: rebuilding')
        await build({...options, formats: options.formats.filter((f) => f === 'json' || f === 'html')}, reporter).catch((error: Error) => reporter.info(`rebuild failed: ${error.message}`))
        for (const client of clients) client.write('data: reload\n\n')
      })
    }, 150)
  })
  return new Promise<number>(() => {})
}

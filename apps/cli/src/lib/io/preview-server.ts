/**
 * The preview server of `dossier dev`. Files are served by sirv (path decoding, containment in
 * the site folder, content types); ours are only the reload channel (Server-Sent Events,
 * https://html.spec.whatwg.org/multipage/server-sent-events.html) and the script that listens to
 * it, added to HTML responses on the way out. The published files never contain that script.
 */
import {readFile} from 'node:fs/promises'
import {createServer, type OutgoingHttpHeaders, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import sirv from 'sirv'

export interface PreviewOptions {
  /** The folder served as `/` (`output/site`); nothing outside it is ever read. */
  root: string
  host: string
  /** 0 lets the system pick a free port. */
  port: number
}

export interface PreviewServer {
  /** `http://host:port/` as bound. */
  url: string
  /** Tell every open page to reload. */
  reload(): void
  close(): Promise<void>
}

const eventsPath = '/__dossier/events'
const scriptPath = '/__dossier/reload.js'
const reloadScript = `new EventSource('${eventsPath}').onmessage = () => location.reload()\n`

/** Start serving `root` with live reload; rejects if the port cannot be bound. */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>()
  // dev: read from disk on every request, since rebuilds replace the folder under the server.
  const files = sirv(options.root, {
    dev: true,
    onNoMatch: (_request, response) => void notFound(options.root, response)
  })

  const server = createServer((request, response) => {
    try {
      const pathname = (request.url ?? '/').split('?')[0]
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, {allow: 'GET, HEAD'}).end()
      } else if (pathname === eventsPath) {
        response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store'})
        response.write(': connected\n\n')
        clients.add(response)
        request.on('close', () => clients.delete(response))
      } else if (pathname === scriptPath) {
        response.writeHead(200, {'content-type': 'text/javascript', 'cache-control': 'no-store'}).end(reloadScript)
      } else {
        // Byte ranges of a page would not match the page with the script added.
        delete request.headers.range
        // sirv pipes a file stream without an error listener; a rebuild can swap the folder between
        // its stat and its open, and an unhandled stream error would stop the server.
        response.on('pipe', (source) => source.on('error', () => response.destroy()))
        injectReload(response)
        files(request, response)
      }
    } catch (error) {
      failed(response, error)
    }
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port, options.host, resolve))
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${host}:${address.port}/`,
    reload() {
      for (const client of clients) client.write('data: reload\n\n')
    },
    close() {
      for (const client of clients) client.end()
      return new Promise((resolve) => server.close(() => resolve()))
    }
  }
}

/** The site's own 404 page (a fixed path inside the root), else plain text. */
async function notFound(root: string, response: ServerResponse): Promise<void> {
  const page = await readFile(path.join(root, '404.html')).catch(() => null)
  if (page) response.writeHead(404, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'}).end(page)
  else response.writeHead(404, {'content-type': 'text/plain'}).end('not found')
}

function failed(response: ServerResponse, error: unknown): void {
  if (!response.headersSent) response.writeHead(500, {'content-type': 'text/plain'})
  response.end(`preview server error: ${(error as Error).message}`)
}

/**
 * Add the reload script to an HTML page and let its Content Security Policy connect to this
 * server. Pages set the policy in a meta element; only the copy sent here is changed.
 */
export function addReloadScript(html: string): string {
  return html
    .replace(/connect-src [^;"]*/, "connect-src 'self'")
    .replace('</body>', `<script src="${scriptPath}"></script></body>`)
}

/**
 * Buffer an HTML response (as sirv streams it) so the reload script can be added; any other
 * response passes through untouched.
 */
function injectReload(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (
    status: number,
    headers?: OutgoingHttpHeaders
  ) => ServerResponse
  const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean
  const end = response.end.bind(response) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse
  let held: {status: number; headers: OutgoingHttpHeaders; chunks: Buffer[]} | null = null
  const toBuffer = (chunk: unknown) =>
    typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array)

  response.writeHead = ((status: number, headers?: OutgoingHttpHeaders) => {
    const type = String(
      headers?.['Content-Type'] ?? headers?.['content-type'] ?? response.getHeader('content-type') ?? ''
    )
    if (!type.startsWith('text/html')) return writeHead(status, headers)
    held = {status, headers: {...headers}, chunks: []}
    return response
  }) as ServerResponse['writeHead']
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!held) return write(chunk, ...rest)
    held.chunks.push(toBuffer(chunk))
    return true
  }) as ServerResponse['write']
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!held) return end(chunk, ...rest)
    if (chunk !== undefined && typeof chunk !== 'function') held.chunks.push(toBuffer(chunk))
    const body = Buffer.from(addReloadScript(Buffer.concat(held.chunks).toString('utf8')))
    const headers = {...held.headers, 'Content-Length': body.length, 'Cache-Control': 'no-store'}
    const status = held.status
    held = null
    writeHead(status, headers)
    return end(body)
  }) as ServerResponse['end']
}

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
 * Add the reload script to the head of an HTML page (deferred, so it runs after the page is parsed)
 * and let its Content Security Policy connect to this server. Pages set the policy in a meta
 * element; only the copy sent here is changed. `html` may be the page's head alone.
 */
export function addReloadScript(html: string): string {
  const script = `<script src="${scriptPath}" defer></script>`
  const withPolicy = html.replace(/connect-src [^;"]*/, "connect-src 'self'")
  return withPolicy.includes('</head>') ? withPolicy.replace('</head>', `${script}</head>`) : withPolicy
}

/** How much of an HTML response is held to find its `</head>`; the rest streams through untouched. */
const headLimit = 64 * 1024

/**
 * Add the reload script to an HTML response as sirv streams it: only the head (up to `</head>`, at
 * most `headLimit` bytes) is held and rewritten, the rest passes through as it comes, so forty
 * readers of a 20 MB page cost forty small buffers, not forty copies. Any other response passes
 * through untouched.
 */
function injectReload(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (
    status: number,
    headers?: OutgoingHttpHeaders
  ) => ServerResponse
  const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean
  const end = response.end.bind(response) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse
  let held: {status: number; headers: OutgoingHttpHeaders; chunks: Buffer[]; size: number} | null = null
  const toBuffer = (chunk: unknown) =>
    typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array)
  /** Send the held head, rewritten, with headers for a body of unknown length. */
  const flush = () => {
    if (!held) return
    // Rewrite up to the end of `</head>` (an ASCII boundary, so no character is cut); a page whose
    // head is longer than `headLimit` is passed on as it is, without live reload.
    const all = Buffer.concat(held.chunks)
    const at = all.indexOf('</head>')
    const cut = at >= 0 ? at + '</head>'.length : 0
    const head = Buffer.concat([Buffer.from(addReloadScript(all.subarray(0, cut).toString('utf8'))), all.subarray(cut)])
    const headers: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(held.headers))
      if (name.toLowerCase() !== 'content-length') headers[name] = value
    response.removeHeader('content-length')
    headers['Cache-Control'] = 'no-store'
    const status = held.status
    held = null
    writeHead(status, headers)
    if (head.byteLength > 0) write(head)
  }

  response.writeHead = ((status: number, headers?: OutgoingHttpHeaders) => {
    const type = String(
      headers?.['Content-Type'] ?? headers?.['content-type'] ?? response.getHeader('content-type') ?? ''
    )
    if (!type.startsWith('text/html')) return writeHead(status, headers)
    held = {status, headers: {...headers}, chunks: [], size: 0}
    return response
  }) as ServerResponse['writeHead']
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!held) return write(chunk, ...rest)
    const data = toBuffer(chunk)
    held.chunks.push(data)
    held.size += data.byteLength
    // A chunk boundary may split `</head>`: look at what is held, not at the chunk alone.
    if (held.size >= headLimit || Buffer.concat(held.chunks).includes('</head>')) flush()
    return true
  }) as ServerResponse['write']
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (held && chunk !== undefined && typeof chunk !== 'function') {
      held.chunks.push(toBuffer(chunk))
      flush()
      return end()
    }
    flush()
    return end(chunk, ...rest)
  }) as ServerResponse['end']
}

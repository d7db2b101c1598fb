/** A tiny static file server on 127.0.0.1, for checking the site as a host would serve it. */
import {readFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize} from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.epub': 'application/epub+zip',
  '.pdf': 'application/pdf'
}

/** Serve `dir` under `prefix` (a subpath such as `/reader/`, to prove links are relative). */
export async function serve(
  dir: string,
  prefix = '/'
): Promise<{origin: string; base: string; server: Server; close: () => Promise<void>}> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    let path = decodeURIComponent(url.pathname)
    if (!path.startsWith(prefix)) path = '/404.html'
    else path = `/${path.slice(prefix.length)}`
    if (path.endsWith('/')) path += 'index.html'
    const file = join(dir, normalize(path))
    try {
      const body = await readFile(file)
      response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'})
      response.end(body)
    } catch {
      response.writeHead(404, {'content-type': types['.html']!})
      response.end(await readFile(join(dir, '404.html')))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    base: `${origin}${prefix}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/** `dossier dev`: serves the site on loopback, rebuilds every format on change and tells pages to reload. */
import {type ChildProcessWithoutNullStreams, execFileSync, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {get, type IncomingHttpHeaders, request} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')
const env = {...process.env, CI: '1', SOURCE_DATE_EPOCH: '1700000000'}
const secret = 'TOP-SECRET-OUTSIDE-THE-SITE'

interface Dev {
  child: ChildProcessWithoutNullStreams
  /** Origin as printed by the server, e.g. http://127.0.0.1:41234 */
  origin: string
  port: number
  output: () => string
}

/**
 * Start `dossier dev --port 0` and wait for the URL it prints once its first build is done and it
 * serves and watches (the hook's timeout stops a server that never says so).
 */
async function startDev(sources: string, out: string): Promise<Dev> {
  const child = spawn('node', [bin, 'dev', '--sources', sources, '--out', out, '--port', '0'], {env, stdio: 'pipe'})
  let output = ''
  const origin = await new Promise<string>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /previewing .* at (http:\/\/[^/\s]+)\//.exec(output)?.[1]
      if (url) resolve(url)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('exit', () => reject(new Error(`dev exited: ${output}`)))
  })
  return {child, origin, port: Number(new URL(origin).port), output: () => output}
}

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
  text: string
}

/**
 * A GET on a fresh connection with the path sent exactly as given (fetch would normalize `..` and
 * `%2e%2e` away, and its pooled keep-alive sockets race the server's idle timeout). A socket idle
 * for 60 s is a server that stopped answering, not a slow machine.
 */
function rawGet(host: string, port: number, rawPath: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({host, port, path: rawPath, method: 'GET', agent: false, timeout: 60_000}, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({status: response.statusCode ?? 0, headers: response.headers, body, text: body.toString('utf8')})
      })
    })
    req.on('timeout', () => req.destroy(new Error(`timeout on ${rawPath.slice(0, 80)}`)))
    req.on('error', reject)
    req.end()
  })
}

/** sha256 of every file under `dir`, by relative path. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex')
  }
  return out
}

/**
 * Listen to the reload channel. Resolves once the server has registered this page (it sends the
 * `: connected` comment as it does), so a change made after that cannot be missed; `reload`
 * resolves with the first `data: reload` event.
 */
function subscribe(origin: string): Promise<{reload: Promise<string>; close: () => void}> {
  return new Promise((resolve, reject) => {
    let reloaded: (event: string) => void = () => {}
    const reload = new Promise<string>((done) => (reloaded = done))
    let buffer = ''
    const req = get(`${origin}/__dossier/events`, (response) => {
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        buffer += chunk
        // An event ends with a blank line; a chunk may hold part of one, or several.
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const event = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (event.startsWith(': connected')) resolve({reload, close: () => req.destroy()})
          if (event.startsWith('data: reload')) reloaded(event)
        }
      })
    })
    req.on('error', reject)
  })
}

function copySeeds(): string {
  const sources = mkdtempSync(path.join(tmpdir(), 'dossier-dev-src-'))
  for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(sources, name))
  return sources
}

describe('dossier dev', () => {
  const sources = copySeeds()
  const out = mkdtempSync(path.join(tmpdir(), 'dossier-dev-out-'))
  let dev: Dev
  const get127 = (rawPath: string) => rawGet('127.0.0.1', dev.port, rawPath)

  beforeAll(async () => {
    dev = await startDev(sources, out)
    // Files beside and above the site that no request may reach.
    mkdirSync(path.join(out, 'site-private'))
    writeFileSync(path.join(out, 'site-private/secret.txt'), secret)
    writeFileSync(path.join(out, 'secret.txt'), secret)
  })

  afterAll(() => {
    dev?.child.kill('SIGINT')
    for (const dir of [sources, out]) rmSync(dir, {recursive: true, force: true})
  })

  it('binds the loopback address only and serves pages with the reload script', async () => {
    expect(dev.origin).toBe(`http://127.0.0.1:${dev.port}`)
    // Bound to 127.0.0.1 itself, so another loopback address of this machine is refused.
    await expect(rawGet('127.0.0.2', dev.port, '/')).rejects.toThrow(/ECONNREFUSED/)
    const page = await get127('/')
    expect(page.status).toBe(200)
    const html = page.text
    expect(html).toContain('<script src="/__dossier/reload.js" defer></script></head>')
    expect(html).toContain("connect-src 'self'")
    // Streamed (only the head is rewritten), so no length is announced.
    expect(page.headers['content-length']).toBeUndefined()
    // The published file itself has no reload script.
    expect(readFileSync(path.join(out, 'site/index.html'), 'utf8')).not.toContain('__dossier')
    const script = await get127('/__dossier/reload.js')
    expect(script.text).toContain("new EventSource('/__dossier/events')")
  })

  it('serves downloads byte for byte and answers unknown paths with the site 404 page', async () => {
    const name = readdirSync(path.join(out, 'site/downloads')).find((f) => f.endsWith('.epub'))!
    const epub = await get127(`/downloads/${name}`)
    expect(epub.status).toBe(200)
    expect(epub.headers['content-type']).toBe('application/epub+zip')
    expect(epub.body.equals(readFileSync(path.join(out, 'site/downloads', name)))).toBe(true)
    const missing = await get127('/no-such-page.html')
    expect(missing.status).toBe(404)
    expect(missing.text).toContain('/__dossier/reload.js')
  })

  const traversals = [
    '/../secret.txt',
    '/../site-private/secret.txt',
    '/..%2Fsite-private/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e/site-private/secret.txt',
    '/%2E%2E%2Fsite-private%2Fsecret.txt',
    '/..%5csite-private%5csecret.txt',
    '/..\\site-private\\secret.txt',
    '/%2e%2e%5csecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%252Fsite-private%252Fsecret.txt',
    '/%252e%252e/site-private/secret.txt',
    '/..%255csecret.txt',
    '/....//secret.txt',
    '/.%2e/.%2e/secret.txt',
    '/downloads/../../secret.txt',
    '/downloads/%2e%2e/%2e%2e/secret.txt',
    `/${'..%2f'.repeat(12)}${path.join(out, 'secret.txt').slice(1)}`,
    `//${path.join(out, 'secret.txt').slice(1)}`,
    '/%2F..%2Fsecret.txt',
    '/..%00/secret.txt',
    '/%c0%ae%c0%ae/secret.txt'
  ]
  it.each(traversals)('serves nothing outside the site for %s and keeps running', async (rawPath) => {
    const response = await rawGet('127.0.0.1', dev.port, rawPath)
    expect(response.body).not.toContain(secret)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect((await get127('/')).status).toBe(200)
  })

  it.each(['/%E0%A4%A', '/%', '/%zz', '/index.html%', '/%ff%fe', '/downloads/%E0%A4%A.pdf'])(
    'answers the malformed escape %s without dying',
    async (rawPath) => {
      const response = await rawGet('127.0.0.1', dev.port, rawPath)
      expect(response.status).toBe(404)
      expect((await get127('/')).status).toBe(200)
    }
  )

  it('answers very long URLs without dying', async () => {
    // Longer than a file name may be (ENAMETOOLONG inside the server) but within Node's header limit.
    expect((await rawGet('127.0.0.1', dev.port, `/${'a'.repeat(8_000)}`)).status).toBe(404)
    expect((await rawGet('127.0.0.1', dev.port, `/${'%2e%2e/'.repeat(1_500)}secret.txt`)).status).toBe(404)
    // Past Node's 16 KiB header limit: the HTTP parser answers 431 and closes the connection, which
    // the client may see as a reset while it is still sending.
    const refused = await rawGet('127.0.0.1', dev.port, `/${'a'.repeat(100_000)}`).then(
      (reply) => reply.status,
      (error: NodeJS.ErrnoException) => error.code
    )
    expect([431, 'ECONNRESET', 'EPIPE']).toContain(refused)
    expect((await get127('/')).status).toBe(200)
    expect(dev.child.exitCode).toBe(null)
  })

  it('rebuilds every format after a source changes, so each download matches a fresh build', async () => {
    // An open page: the change is made only once the server has it among the pages to reload.
    const page = await subscribe(dev.origin)
    const file = path.join(sources, '002_63918c13af0e94a2.txt')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('India will be a roadblock', 'India will be a real roadblock')
    )
    // The server sends the reload once the rebuild has written the site (the test's timeout stops a lost one).
    expect(await page.reload).toMatch(/^data: reload/)
    page.close()
    expect((await get127('/')).text).toContain('India will be a real roadblock')

    const fresh = mkdtempSync(path.join(tmpdir(), 'dossier-dev-fresh-'))
    try {
      execFileSync('node', [bin, 'build', '--sources', sources, '--out', fresh, '--no-cache'], {env, stdio: 'pipe'})
      const served = hashes(path.join(out, 'site/downloads'))
      const expected = hashes(path.join(fresh, 'site/downloads'))
      expect(Object.keys(served).filter((f) => /\.(epub|pdf)$/.test(f)).length).toBeGreaterThanOrEqual(4)
      expect(served).toEqual(expected)
      // The new title is in the downloads themselves, not only on the page.
      const json = (await get127('/downloads/publications.json')).text
      expect(json).toContain('India will be a real roadblock')
      for (const format of ['site', 'epub', 'pdf', 'dataset'])
        expect(hashes(path.join(out, format)), format).toEqual(hashes(path.join(fresh, format)))
    } finally {
      rmSync(fresh, {recursive: true, force: true})
    }
  })
})

/**
 * `dossier dev` under the faults of issue 21 (problem 8): a sources folder moved away and back is
 * still watched; open pages are not reloaded onto a site a failed rebuild did not write; a large
 * page served to many readers at once is streamed, not held once per reader.
 */
import {type ChildProcessWithoutNullStreams, spawn} from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {get, request} from 'node:http'
import {hostname, tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it, onTestFailed} from 'vitest'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const previewModule = path.join(import.meta.dirname, '../dist/lib/io/preview-server.js')
const seeds = path.join(import.meta.dirname, '../../../sources')
const env = {...process.env, CI: '1', SOURCE_DATE_EPOCH: '1700000000'}
const made: string[] = []
const children: ChildProcessWithoutNullStreams[] = []

afterAll(() => {
  for (const child of children) child.kill('SIGKILL')
  for (const dir of made) rmSync(dir, {recursive: true, force: true})
})

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `dossier-follow-${prefix}-`))
  made.push(dir)
  return dir
}

/** Lines the child prints, and a way to wait for one matching `pattern` after `from` characters. */
function watchOutput(child: ChildProcessWithoutNullStreams) {
  let output = ''
  const waiters: Array<{pattern: RegExp; from: number; resolve: (s: string) => void}> = []
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(output.slice(waiter.from))
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(match[0])
      }
    }
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  return {
    text: () => output,
    /** The patterns still waited for (for a failure's message). */
    pending: () => waiters.map((waiter) => String(waiter.pattern)),
    mark: () => output.length,
    /** Resolves when `pattern` appears after `from`; the test's own timeout bounds the wait. */
    waitFor(pattern: RegExp, from = 0): Promise<string> {
      const match = pattern.exec(output.slice(from))
      if (match) return Promise.resolve(match[0])
      return new Promise((resolve) => waiters.push({pattern, from, resolve}))
    }
  }
}

/** Subscribe to the reload channel; resolves once the server confirms the subscription. */
function subscribe(origin: string): Promise<{reloads: () => number}> {
  return new Promise((resolve) => {
    let count = 0
    get(`${origin}/__dossier/events`, (response) => {
      response.on('data', (chunk: Buffer) => {
        const text = chunk.toString()
        if (text.startsWith(': connected')) resolve({reloads: () => count})
        if (text.includes('data: reload')) count++
      })
    })
  })
}

describe('dossier dev keeps following its sources', () => {
  it('after the folder is moved away and back, and reloads pages only onto a site it wrote', async () => {
    const parent = temp('src')
    const sources = path.join(parent, 'sources')
    const aside = path.join(parent, 'aside')
    mkdirSync(sources)
    for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(sources, name))
    const out = temp('out')
    const child = spawn('node', [bin, 'dev', '--sources', sources, '--out', out, '--port', '0'], {env, stdio: 'pipe'})
    children.push(child)
    const log = watchOutput(child)
    // A hang says what it waited for and what the command printed.
    onTestFailed(() => {
      console.error(`still waiting for ${log.pending().join(', ') || 'nothing'}; dossier dev printed:\n${log.text()}`)
    })
    const origin = (await log.waitFor(/previewing .* at (http:\/\/[^/\s]+)\//)).replace(/^.* at /, '').slice(0, -1)
    const file = '002_63918c13af0e94a2.txt'

    // Moved away and back: the next edit is still seen, rebuilt and reloaded.
    let mark = log.mark()
    renameSync(sources, aside)
    await log.waitFor(/is gone: waiting for it to come back/, mark)
    renameSync(aside, sources)
    await log.waitFor(/is back: watching it again/, mark)
    await log.waitFor(/rebuilt: reloading open pages/, mark)
    mark = log.mark()
    const text = readFileSync(path.join(sources, file), 'utf8')
    writeFileSync(path.join(sources, file), text.replace('India will be a roadblock', 'India will be a tall roadblock'))
    await log.waitFor(/rebuilt: reloading open pages/, mark)
    expect(readFileSync(path.join(out, 'site/index.html'), 'utf8')).toContain('India will be a tall roadblock')

    // A rebuild that writes no site (another build holds the folder) reloads nothing. A fresh
    // subscriber: a reload sent before it connected cannot reach it.
    const after = await subscribe(origin)
    writeFileSync(
      path.join(out, '.dossier-lock'),
      JSON.stringify({pid: process.pid, host: hostname(), token: 'held-by-the-test'})
    )
    mark = log.mark()
    writeFileSync(path.join(sources, file), text.replace('India will be a roadblock', 'India will be a wide roadblock'))
    await log.waitFor(/the site was not rebuilt: open pages keep the last good version/, mark)
    expect(log.text().slice(mark)).toMatch(/rebuild failed: another build is writing/)
    expect(log.text().slice(mark)).not.toMatch(/rebuilt: reloading open pages/)
    expect(after.reloads()).toBe(0)
    expect(readFileSync(path.join(out, 'site/index.html'), 'utf8')).toContain('India will be a tall roadblock')
    rmSync(path.join(out, '.dossier-lock'))
    child.kill('SIGINT')
  }, 600_000)
})

describe('the preview server', () => {
  it('streams a 20 MB page to 40 readers at once without holding a copy per reader', async () => {
    const root = temp('site')
    const paragraph = `<p>${'word '.repeat(199)}word</p>\n`
    const body = paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length))
    const page = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'none'"><title>Big</title></head><body>${body}<p>THE END</p></body></html>`
    writeFileSync(path.join(root, 'big.html'), page)
    const server = spawn(
      'node',
      [
        '--input-type=module',
        '-e',
        `import {readFileSync} from 'node:fs';
         const {startPreviewServer} = await import(${JSON.stringify(previewModule)});
         const s = await startPreviewServer({root: ${JSON.stringify(root)}, host: '127.0.0.1', port: 0});
         console.log('URL ' + s.url);
         process.stdin.on('data', () => {
           console.log('PEAK ' + /VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
         });`
      ],
      {stdio: 'pipe'}
    )
    children.push(server)
    const log = watchOutput(server)
    const url = (await log.waitFor(/URL (\S+)/)).slice(4)
    const fetchPage = () =>
      new Promise<{length: number; head: string; tail: string}>((resolve, reject) => {
        const req = request(`${url}big.html`, {agent: false}, (response) => {
          let length = 0
          let head = ''
          let tail = ''
          response.on('data', (chunk: Buffer) => {
            if (head.length < 4096) head += chunk.toString('latin1').slice(0, 4096)
            tail = (tail + chunk.toString('latin1')).slice(-64)
            length += chunk.byteLength
          })
          response.on('end', () => resolve({length, head, tail}))
          response.on('error', reject)
        })
        req.on('error', reject)
        req.end()
      })
    const replies = await Promise.all(Array.from({length: 40}, fetchPage))
    for (const reply of replies) {
      expect(reply.head).toContain('<script src="/__dossier/reload.js" defer></script></head>')
      expect(reply.head).toContain("connect-src 'self'")
      expect(reply.tail).toContain('<p>THE END</p></body></html>')
      // The page, whole, plus the script element ('none' and 'self' are the same length).
      expect(reply.length).toBe(Buffer.byteLength(page) + '<script src="/__dossier/reload.js" defer></script>'.length)
    }
    const mark = log.mark()
    server.stdin.write('peak\n')
    const peakKiB = Number((await log.waitFor(/PEAK (\d+)/, mark)).slice(5))
    // Holding the page once per reader took 1.9 GB; streamed, the server stays near its own size.
    expect(peakKiB / 1024).toBeLessThan(400)
    server.kill('SIGKILL')
  }, 600_000)
})

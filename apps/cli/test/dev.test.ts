/** `dossier dev`: serves the site on localhost, rebuilds on a source change and tells pages to reload. */
import {spawn} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {get} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const bin = path.join(import.meta.dirname, '../dist/bin.js')
const seeds = path.join(import.meta.dirname, '../../../sources')

describe('dossier dev', () => {
  it('serves the site, rebuilds on change and sends a reload event', async () => {
    const sources = mkdtempSync(path.join(tmpdir(), 'dossier-dev-src-'))
    for (const name of readdirSync(seeds)) copyFileSync(path.join(seeds, name), path.join(sources, name))
    const out = mkdtempSync(path.join(tmpdir(), 'dossier-dev-out-'))
    const port = 20000 + Math.floor(Math.random() * 20000)
    const child = spawn('node', [bin, 'dev', '--sources', sources, '--out', out, '--port', String(port)], {env: {...process.env, CI: '1'}, stdio: ['ignore', 'pipe', 'pipe']})
    try {
      let output = ''
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString()
          if (output.includes('previewing')) resolve()
        })
        child.once('exit', () => reject(new Error(`dev exited: ${output}`)))
      })
      const page = await fetch(`http://127.0.0.1:${port}/`)
      expect(page.status).toBe(200)
      const html = await page.text()
      expect(html).toContain('/__dossier/reload.js')
      // The published file itself has no reload script.
      expect(readFileSync(path.join(out, 'site/index.html'), 'utf8')).not.toContain('__dossier')

      const reloaded = new Promise<string>((resolve) => {
        get(`http://127.0.0.1:${port}/__dossier/events`, (response) => response.on('data', (chunk: Buffer) => resolve(chunk.toString())))
      })
      await new Promise((resolve) => setTimeout(resolve, 300))
      const file = path.join(sources, '002_63918c13af0e94a2.txt')
      writeFileSync(file, readFileSync(file, 'utf8').replace('India will be a roadblock', 'India will be a real roadblock'))
      expect(await reloaded).toMatch(/^data: reload/)
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('India will be a real roadblock')
    } finally {
      child.kill('SIGINT')
    }
  }, 120_000)
})

/**
 * One registry of formats: the command line's choices, the build order and turbo.json's publish
 * task all follow it, and every registered package follows the one-publication contract.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {formats, loadDeclaration, loadFormat, registry, turboOutputTask} from '../src/index.js'

const root = path.join(import.meta.dirname, '../../..')

describe('the registry of formats', () => {
  it('is what turbo.json publishes (run `node scripts/sync-turbo.mjs` after adding a format)', () => {
    const turbo = JSON.parse(readFileSync(path.join(root, 'turbo.json'), 'utf8'))
    expect(turbo.tasks['@dossier/cli#output']).toEqual(turboOutputTask())
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts
    expect(scripts.build).toBe('turbo run build output')
    // The task's outputs are exactly the formats' folders, the marker that makes output/ Dossier's
    // (without it, a folder restored from turbo's cache would be refused by the next build) and the
    // manifest of SHA-256 sums (`dossier verify` reads it beside the files).
    expect(turboOutputTask().outputs).toEqual(
      [
        ...formats.map((format) => `$TURBO_ROOT$/output/${registry[format].folder}/**`),
        '$TURBO_ROOT$/output/.dossier-output.json',
        '$TURBO_ROOT$/output/SHA256SUMS'
      ].sort()
    )
  })

  it('lists packages that implement the contract, each needing only formats built before it', async () => {
    for (const [position, format] of formats.entries()) {
      const module = await loadFormat(format)
      expect(module.format).toBe(format)
      expect(module.folder).toBe(registry[format].folder)
      expect(typeof module.renderPublication).toBe('function')
      expect(typeof module.renderCollection).toBe('function')
      for (const need of module.needs)
        expect(formats.indexOf(need as never), `${format} needs ${need}`).toBeLessThan(position)
    }
  })

  it("gives each format's declaration without its renderers, the same as the whole package says", async () => {
    for (const format of formats) {
      const [declared, module] = await Promise.all([loadDeclaration(format), loadFormat(format)])
      expect(declared).toEqual({
        format: module.format,
        folder: module.folder,
        assetFiles: module.assetFiles,
        needs: module.needs
      })
    }
  })

  it("loads no rendering code for the declarations (the build's main thread plans with them alone)", () => {
    // Every module the CLI's own loader resolves after the registry is loaded, recorded by a resolve hook.
    const probe = `
      import {register} from 'node:module'
      import {MessageChannel} from 'node:worker_threads'
      const {port1, port2} = new MessageChannel()
      const seen = []
      port1.on('message', (url) => seen.push(url))
      const hooks = 'let port; export async function initialize(data) { port = data.port }' +
        ' export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r }'
      register('data:text/javascript,' + encodeURIComponent(hooks), {data: {port: port2}, transferList: [port2]})
      const registry = await import(process.argv[1])
      await new Promise((r) => setTimeout(r, 50))
      seen.length = 0
      for (const format of registry.formats) await registry[process.argv[2]](format)
      await new Promise((r) => setTimeout(r, 100))
      port1.close()
      console.log(JSON.stringify(seen))`
    const resolved = (how: 'loadDeclaration' | 'loadFormat') => {
      const run = spawnSync(
        'node',
        ['--input-type=module', '-e', probe, path.join(import.meta.dirname, '../dist/lib/renderers.js'), how],
        {encoding: 'utf8'}
      )
      expect(run.stderr).toBe('')
      return JSON.parse(run.stdout) as string[]
    }
    const heavy = (url: string) => /\/node_modules\/|\/render-|briefing|sqlite|site-fonts|woff2/.test(url)
    const declared = resolved('loadDeclaration')
    expect(declared.filter((url) => url.endsWith('/declare.js')).length).toBe(formats.length)
    expect(declared.filter(heavy)).toEqual([])
    // The whole packages do load them (the probe sees what it should).
    const whole = resolved('loadFormat')
    expect(whole.some((url) => /\/pdfkit\//.test(url))).toBe(true)
    expect(whole.some((url) => /\/sql\.js\//.test(url))).toBe(true)
  })
})

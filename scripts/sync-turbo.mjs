#!/usr/bin/env node
/**
 * Write turbo.json's `@dossier/cli#output` task from the CLI's registry of formats
 * (apps/cli/src/lib/renderers.ts), so adding a format is one edit. Run after `pnpm build`:
 *   node scripts/sync-turbo.mjs
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {turboOutputTask} from '../apps/cli/dist/index.js'

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'turbo.json')
const turbo = JSON.parse(readFileSync(file, 'utf8'))
turbo.tasks['@dossier/cli#output'] = turboOutputTask()
writeFileSync(file, `${JSON.stringify(turbo, null, 2)}\n`)
console.log('turbo.json: @dossier/cli#output written from the registry of formats')

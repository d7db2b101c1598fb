#!/usr/bin/env node
/**
 * `pnpm cache-server`: a self-hosted Turborepo remote cache (the `turborepo-remote-cache` server)
 * storing artifacts on local disk and bound to 127.0.0.1 unless HOST says otherwise.
 *
 * Environment (all optional):
 *   HOST         interface to bind (default 127.0.0.1; the server's own default would be 0.0.0.0)
 *   PORT         port (default 3000)
 *   TURBO_TOKEN  the bearer token clients must send (default: a random one, printed at start)
 *   STORAGE_PATH folder for the artifacts (default tooling/remote-cache/storage, gitignored)
 *   STORAGE_PROVIDER  local (default), or s3 / google-cloud-storage / azure-blob-storage with the
 *                server's own variables (S3_ACCESS_KEY, S3_SECRET_KEY, S3_REGION, S3_ENDPOINT, …)
 *
 * Clients: TURBO_API=http://HOST:PORT TURBO_TOKEN=… TURBO_TEAM=<any team name> pnpm build
 * (all three are needed: without TURBO_TEAM, turbo silently skips the remote cache).
 */
import {spawn} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {mkdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const cli = path.join(path.dirname(require.resolve('turborepo-remote-cache')), 'cli.js')

const env = {...process.env}
env.HOST ||= '127.0.0.1'
env.PORT ||= '3000'
env.STORAGE_PROVIDER ||= 'local'
const generated = !env.TURBO_TOKEN
if (generated) env.TURBO_TOKEN = randomBytes(24).toString('hex')
if (env.STORAGE_PROVIDER === 'local') {
  env.STORAGE_PATH ||= path.resolve(here, '../storage')
  env.STORAGE_PATH_USE_TMP_FOLDER = 'false'
  mkdirSync(env.STORAGE_PATH, {recursive: true})
}
env.LOG_LEVEL ||= 'warn'

console.log(
  `Turborepo remote cache on http://${env.HOST}:${env.PORT} (storage: ${env.STORAGE_PROVIDER}${env.STORAGE_PATH ? ` ${env.STORAGE_PATH}` : ''})`
)
console.log('Point turbo at it with:')
console.log(
  `  export TURBO_API=http://${env.HOST === '0.0.0.0' ? '<this machine>' : env.HOST}:${env.PORT} TURBO_TOKEN=${generated ? env.TURBO_TOKEN : '<your TURBO_TOKEN>'} TURBO_TEAM=dossier`
)

const child = spawn(process.execPath, [cli], {env, stdio: 'inherit'})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

#!/usr/bin/env node
// The process edge: argv, env and streams in, an exit code out.
import {run} from './lib/cli.js'

process.on('SIGINT', () => {
  process.stderr.write(
    '\ndossier: interrupted; output folders are replaced only when complete, so the previous output is intact\n'
  )
  process.exit(130)
})

process.exitCode = await run({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
})

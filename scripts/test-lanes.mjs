#!/usr/bin/env node
// `pnpm test` after the lint and the tools: every package's tests, in two lanes at once, so the two
// cores of a CI machine are both busy. The CLI's tests are the longest (end-to-end builds, the
// fuzz test, a 50 MB source building for minutes in a process of its own), so they have a lane of
// their own and start as soon as the builds are done; the other packages' tests run one package
// after another in the second lane. Both lanes are ordinary `turbo run test` runs (cached by
// turbo like any task); the exit code is non-zero when a test of either lane failed.
import {spawn, spawnSync} from 'node:child_process'

const turbo = (args) => spawn('turbo', args, {stdio: 'inherit'})
const done = (child) =>
  new Promise((resolve) => child.once('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))))

// Build once, both cores at work; each lane then finds every build in turbo's cache.
const build = spawnSync('turbo', ['run', 'build'], {stdio: 'inherit'})
if (build.status !== 0) process.exit(build.status ?? 1)

const lanes = [
  turbo(['run', 'test', '--filter=@dossier/cli']),
  turbo(['run', 'test', '--filter=!@dossier/cli', '--concurrency=1', '--continue=always'])
]
const codes = await Promise.all(lanes.map(done))
process.exit(codes.some((code) => code !== 0) ? 1 : 0)

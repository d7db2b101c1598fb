/**
 * The command-line interface, with commander. Exit codes: 0 every source published (warnings
 * allowed), 1 a source failed (or warned, with --strict), 2 the command line was wrong.
 */
import {printable} from '@dossier/core'
import {Command, CommanderError, Option} from 'commander'
import {build} from './commands/build.js'
import {check} from './commands/check.js'
import {dev} from './commands/dev.js'
import {verify} from './commands/verify.js'
import {OutputRefused} from './io/out-folder.js'
import {formats, isFormat, type Format} from './renderers.js'
import {createReporter} from './report.js'

export interface Io {
  argv: string[]
  env: Record<string, string | undefined>
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream
}

/** Parse `--format json,html` into known formats, or throw a usage error. */
function parseFormats(value: string): Format[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (names.length === 0)
    throw new CommanderError(2, 'dossier.format', `--format wants at least one of ${formats.join(', ')} or all`)
  const aliases: Record<string, Format> = {dataset: 'json', site: 'html'}
  const out = names.map((name) => aliases[name] ?? name)
  const unknown = out.filter((name) => name !== 'all' && !isFormat(name))
  if (unknown.length)
    throw new CommanderError(
      2,
      'dossier.format',
      `unknown format "${unknown.join(', ')}" (expected ${formats.join(', ')} or all)`
    )
  return out.includes('all') ? [...formats] : (out as Format[])
}

/** Parse `--shard K/N` (1 ≤ K ≤ N) into a 0-based index and a count, or throw a usage error. */
function parseShard(value: string): {index: number; count: number} {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const k = Number(match?.[1])
  const n = Number(match?.[2])
  if (!match || n < 1 || k < 1 || k > n)
    throw new CommanderError(2, 'dossier.shard', `--shard wants K/N with 1 ≤ K ≤ N (got "${value}")`)
  return {index: k - 1, count: n}
}

/** Parse `--jobs N` (N ≥ 1). */
function parseJobs(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new CommanderError(2, 'dossier.jobs', `--jobs wants a whole number ≥ 1 (got "${value}")`)
  return n
}

/** Parse `--port N` (0 ≤ N ≤ 65535; 0 lets the system pick), before anything is built. */
function parsePort(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n > 65535)
    throw new CommanderError(2, 'dossier.port', `--port wants a whole number from 0 to 65535 (got "${value}")`)
  return n
}

/** Parse `--why LINE` or `--why FILE:LINE` (LINE ≥ 1). */
function parseWhy(value: string): {file: string | null; line: number} {
  const match = /^(?:(.+):)?(\d+)$/.exec(value.trim())
  if (!match || Number(match[2]) < 1)
    throw new CommanderError(2, 'dossier.why', `--why wants LINE or FILE:LINE, LINE ≥ 1 (got "${value}")`)
  return {file: match[1] ?? null, line: Number(match[2])}
}

/** Run the CLI and return its exit code (the caller sets `process.exitCode`). */
export async function run(io: Io): Promise<number> {
  const reporter = createReporter(io.stdout, io.stderr)
  let code = 0
  const program = new Command('dossier')
    .description('Publish messy real-world interviews and articles as an HTML reader, EPUB, PDF and a JSON dataset.')
    .exitOverride()
    .configureOutput({writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s)})
    .showHelpAfterError('(run dossier --help for usage)')

  program
    .command('build')
    .description('normalize sources/ and publish every format into output/')
    .option('--sources <dir>', 'folder of sources', 'sources')
    .option('--out <dir>', 'output folder', 'output')
    .option('--format <list>', `formats to build, comma-separated: ${formats.join(', ')}, all`, parseFormats, [
      ...formats
    ])
    .addOption(
      new Option('--paper <size>', 'paper size of the PDF (default: collection.yaml, else a4)').choices([
        'a4',
        'letter'
      ])
    )
    .option('--strict', 'treat warnings as failures', false)
    .option('--no-cache', 'render every publication again instead of reusing unchanged ones from the store')
    .option(
      '--store <dir|url>',
      'content-addressed store of results: a folder, or a Turborepo remote cache URL (with TURBO_TOKEN and TURBO_TEAM); default <out>/.cache/store'
    )
    .option(
      '--shard <K/N>',
      'render only the publications of shard K of N into the store and write no output; a build without --shard on the same store assembles',
      parseShard
    )
    .option('--jobs <n>', 'worker threads (1: this thread only; default: one per core for large builds)', parseJobs)
    .action(
      async (opts: {
        sources: string
        out: string
        format: Format[]
        paper?: 'a4' | 'letter'
        strict: boolean
        cache: boolean
        store?: string
        shard?: {index: number; count: number}
        jobs?: number
      }) => {
        const result = await build(
          {
            sources: opts.sources,
            out: opts.out,
            formats: opts.format,
            strict: opts.strict,
            paper: opts.paper ?? null,
            sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'],
            cache: opts.cache,
            ...(opts.store ? {store: opts.store} : {}),
            ...(opts.shard ? {shard: opts.shard} : {}),
            ...(opts.jobs ? {jobs: opts.jobs} : {}),
            env: io.env
          },
          reporter
        )
        code = result.exitCode
      }
    )

  program
    .command('check')
    .description('normalize only, and print what was found in each source')
    .option('--sources <dir>', 'folder of sources', 'sources')
    .option('--ledger', 'also list the role of every source line', false)
    .option('--strict', 'treat warnings as failures', false)
    .option('--why <[file:]line>', "the role decoder's reading of a line, with its reasons (in shadow)", parseWhy)
    .action(
      async (opts: {sources: string; ledger: boolean; strict: boolean; why?: {file: string | null; line: number}}) => {
        code = await check(opts, reporter)
      }
    )

  program
    .command('dev')
    .description('build, serve output/site on localhost and rebuild when a source changes')
    .option('--sources <dir>', 'folder of sources', 'sources')
    .option('--out <dir>', 'output folder', 'output')
    .option('--port <n>', 'port (0 picks a free one)', parsePort, 4173)
    .option('--host <host>', 'interface to bind (default: loopback only)', '127.0.0.1')
    .action(async (opts: {sources: string; out: string; port: number; host: string}) => {
      code = await dev(
        {...opts, formats: [...formats], strict: false, paper: null, sourceDateEpoch: io.env['SOURCE_DATE_EPOCH']},
        reporter
      )
    })

  program
    .command('verify')
    .description('check that downloaded files are exactly those a build published (their SHA-256 in its SHA256SUMS)')
    .argument('<file...>', 'EPUB, PDF, dataset or site files to check')
    .option(
      '--manifest <path|url>',
      'the SHA256SUMS to check against, a file or an http(s) URL (default: the one of the output folder the file is in)'
    )
    .action(async (files: string[], opts: {manifest?: string}) => {
      code = await verify(
        {files, manifest: opts.manifest},
        {
          out: (line) => io.stdout.write(`${printable(line)}\n`),
          error: (line) => io.stderr.write(`${printable(line)}\n`)
        }
      )
    })

  try {
    await program.parseAsync(io.argv, {from: 'user'})
    if (io.argv.length === 0) {
      program.outputHelp()
      return 2
    }
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return 0
      if (error.code.startsWith('dossier.')) io.stderr.write(`error: ${error.message}\n`)
      return 2
    }
    reporter.done()
    io.stderr.write(`dossier: ${(error as Error).message}\n`)
    return error instanceof OutputRefused ? error.exitCode : 1
  }
}

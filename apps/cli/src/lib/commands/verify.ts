/**
 * `dossier verify FILE… [--manifest PATH|URL]`: is this EPUB, PDF or dataset file exactly one that
 * Dossier published? Each file's SHA-256 is compared with the manifest's entry for it (io/manifest.ts):
 * by default the SHA256SUMS of the output folder the file sits in (the nearest folder above it that
 * has one), else the manifest named, a file or an http(s) URL such as the site's
 * `https://…/SHA256SUMS`. A file is found in the manifest by its path relative to the manifest's
 * folder, else by its name (a download keeps its name, not its folder).
 *
 * Exit codes: 0 every file matches; 1 a file differs or is not listed; 2 no manifest could be read
 * (none found, unreadable, malformed, or the URL failed).
 */
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {type Manifest, manifestName, parseManifest} from '../io/manifest.js'
import {hashFile} from '../io/write-output.js'

/** What `verify` checks. `timeoutMs` bounds fetching a manifest URL (default 30 s). */
export interface VerifyOptions {
  files: string[]
  manifest?: string | undefined
  timeoutMs?: number
}

/** Where verify writes: one line per file checked (stdout), and what stopped a check (stderr). */
export interface VerifyOutput {
  out(line: string): void
  error(line: string): void
}

/** A manifest as read, with where it came from and the folder its paths are relative to (null for a URL). */
interface ReadManifest {
  where: string
  base: string | null
  entries: Manifest
}

/** Check every file; prints one line per file on stdout (through `reporter.out`) and returns the exit code. */
export async function verify(options: VerifyOptions, reporter: VerifyOutput): Promise<number> {
  let failed = false
  const given = options.manifest ? await readManifest(options.manifest, options.timeoutMs ?? 30_000, reporter) : null
  if (options.manifest && !given) return 2
  for (const file of options.files) {
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) {
      reporter.error(`${file}: not a file`)
      failed = true
      continue
    }
    const manifest = given ?? (await nearestManifest(file, reporter))
    if (!manifest) return 2
    const sha256 = await hashFile(file)
    const verdict = judge(file, sha256, manifest)
    if (verdict.ok) reporter.out(`${file}: OK (${verdict.entry} in ${manifest.where})`)
    else {
      failed = true
      reporter.out(`${file}: FAILED: ${verdict.why}`)
    }
  }
  return failed ? 1 : 0
}

/** The entry a file answers to, and whether its sha256 is the one listed. */
function judge(
  file: string,
  sha256: string,
  manifest: ReadManifest
): {ok: true; entry: string} | {ok: false; why: string} {
  const name = path.basename(file)
  const relative = manifest.base ? path.relative(manifest.base, path.resolve(file)).split(path.sep).join('/') : null
  const exact = relative !== null && manifest.entries.has(relative) ? relative : null
  const byName = [...manifest.entries.keys()].filter((entry) => entry.split('/').at(-1) === name)
  const candidates = exact ? [exact] : byName
  const match = candidates.find((entry) => manifest.entries.get(entry) === sha256)
  if (match) return {ok: true, entry: match}
  if (candidates.length > 0)
    return {
      ok: false,
      why: `its SHA-256 ${sha256} differs from the one ${manifest.where} lists for ${candidates.join(', ')}: the file was changed or damaged`
    }
  const elsewhere = [...manifest.entries].find(([, listed]) => listed === sha256)?.[0]
  if (elsewhere) return {ok: true, entry: `${elsewhere}, under another name`}
  return {ok: false, why: `${manifest.where} lists no file named ${name} and no file with its SHA-256 ${sha256}`}
}

/** The SHA256SUMS of the nearest folder at or above the file's own; null (after an error) when there is none. */
async function nearestManifest(file: string, reporter: Pick<VerifyOutput, 'error'>): Promise<ReadManifest | null> {
  let dir = path.dirname(path.resolve(file))
  for (;;) {
    const candidate = path.join(dir, manifestName)
    const text = await readFile(candidate, 'utf8').catch(() => null)
    if (text !== null) return parsed(text, candidate, dir, reporter)
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  reporter.error(
    `${file}: no ${manifestName} in its folder or any folder above it; name the published one with --manifest PATH or URL`
  )
  return null
}

/** Read the manifest named on the command line: a file, or an http(s) URL fetched with a time limit. */
async function readManifest(
  spec: string,
  timeoutMs: number,
  reporter: Pick<VerifyOutput, 'error'>
): Promise<ReadManifest | null> {
  if (/^https?:\/\//i.test(spec)) {
    try {
      const response = await fetch(spec, {signal: AbortSignal.timeout(timeoutMs), redirect: 'follow'})
      if (!response.ok) {
        reporter.error(`--manifest ${spec}: the server answered ${response.status} ${response.statusText}`.trimEnd())
        return null
      }
      return parsed(await response.text(), spec, null, reporter)
    } catch (error) {
      const reason =
        (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message
      reporter.error(`--manifest ${spec}: could not be fetched (${reason})`)
      return null
    }
  }
  const text = await readFile(spec, 'utf8').catch((error: NodeJS.ErrnoException) => {
    reporter.error(`--manifest ${spec}: cannot be read (${error.code ?? error.message})`)
    return null
  })
  return text === null ? null : parsed(text, spec, path.dirname(path.resolve(spec)), reporter)
}

function parsed(
  text: string,
  where: string,
  base: string | null,
  reporter: Pick<VerifyOutput, 'error'>
): ReadManifest | null {
  try {
    return {where, base, entries: parseManifest(text, where)}
  } catch (error) {
    reporter.error((error as Error).message)
    return null
  }
}

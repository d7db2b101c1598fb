/**
 * vitest globalSetup of the full tier: one EPUBCheck JVM for the whole run, shared by every test
 * file through `inject('epubcheck')` (see `scripts/referees/epubcheck.mjs`), and a folder of the
 * run (`inject('runDir')`) where the builds several files read are made once (helpers/builds.ts).
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {TestProject} from 'vitest/node'
import {startEpubcheck} from '../../../scripts/referees/epubcheck.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The EPUBCheck server's URL. */
    epubcheck: string
    /** A folder of this test run, shared by its workers. */
    runDir: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = mkdtempSync(path.join(tmpdir(), 'dossier-cli-tests-'))
  project.provide('runDir', runDir)
  const server = await startEpubcheck()
  project.provide('epubcheck', server.url)
  return async () => {
    await server.stop()
    rmSync(runDir, {recursive: true, force: true})
  }
}

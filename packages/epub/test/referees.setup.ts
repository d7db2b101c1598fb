/**
 * vitest globalSetup of the full tier: one EPUBCheck JVM for the whole run, shared by every test
 * file through `inject('epubcheck')` (see `scripts/referees/epubcheck.mjs`).
 */
import type {TestProject} from 'vitest/node'
import {startEpubcheck} from '../../../scripts/referees/epubcheck.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The EPUBCheck server's URL. */
    epubcheck: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startEpubcheck()
  project.provide('epubcheck', server.url)
  return server.stop
}

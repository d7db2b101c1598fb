import {BaseSequencer, type TestSpecification} from 'vitest/node'
import {configDefaults, defineConfig} from 'vitest/config'

/** `pnpm test:fast` (DOSSIER_TESTS=fast) runs the command's contract; `pnpm test` runs every file. */
const fast = process.env['DOSSIER_TESTS'] === 'fast'

/**
 * The 50 MB source first: its build runs for minutes in a process of its own, so the file holds
 * one worker while the others take every other file.
 */
class HugeSourceFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const huge = (file: TestSpecification) => (file.moduleId.endsWith('/huge-source.test.ts') ? 0 : 1)
    return (await super.sort(files)).sort((a, b) => huge(a) - huge(b))
  }
}

export default defineConfig({
  test: {
    // One module cache per worker: the four renderers and core are imported once per worker.
    isolate: false,
    // The files mostly wait for the command they run (a build is a process of its own), so three
    // workers: one for the 50 MB source, two for the rest. The builds several files read are made
    // once per run whichever worker asks first (test/helpers/builds.ts).
    maxWorkers: 3,
    sequence: {sequencer: HugeSourceFirst},
    // These tests run the built command, often several times; on a loaded machine a build takes
    // tens of seconds. Timeouts here only stop a hung test: nothing waits for a time to pass.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The full tier starts one EPUBCheck JVM for the whole run.
    globalSetup: fast ? [] : ['test/referees.setup.ts'],
    // The fast tier: exit codes, messages and `dossier check` of the command, the registry of
    // formats and the atomic writes. Everything else (whole builds in every format, the referees,
    // faults, the fuzz test, the 50 MB source) runs in the full tier.
    include: fast
      ? ['test/cli.test.ts', 'test/check.test.ts', 'test/registry.test.ts', 'test/write-output.test.ts']
      : configDefaults.include
  }
})

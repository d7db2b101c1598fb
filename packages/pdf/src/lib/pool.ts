/**
 * Lay out the briefing and the per-publication PDFs on every core. Each file is an independent,
 * deterministic job, so the bytes do not depend on which worker made them or in what order.
 * Workers run the compiled `worker.js`; where there is none (tests run the TypeScript sources)
 * or only one core, jobs run in this thread.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Message, RenderInput, RenderOptions} from '@dossier/core'

export type Job = {kind: 'briefing'} | {kind: 'single'; index: number}

export interface JobResult {
  bytes: Uint8Array
  /** Problems met while laying out (missing glyphs, with source file and line). */
  reports: Message[]
}

/** What a worker is given once: the model and the options without functions. */
export interface WorkerData {
  input: RenderInput
  options: Omit<RenderOptions, 'report' | 'attachments'> & {attachments: []}
}

const workerUrl = new URL('./worker.js', import.meta.url)

/** Starting a worker costs a few hundred milliseconds: below this many words, one thread is faster. */
const workerThreshold = 40_000

/** True when jobs should go to worker threads. */
export function canUseWorkers(jobs: number, words: number): boolean {
  return import.meta.url.endsWith('.js') && jobs > 1 && words >= workerThreshold && availableParallelism() > 1
}

/** Run jobs on a pool of workers, returning results in job order; `options.assets` is copied to each worker. */
export async function runInWorkers(input: RenderInput, options: RenderOptions, jobs: Job[]): Promise<JobResult[]> {
  const data: WorkerData = {
    input,
    options: {buildDate: options.buildDate, paper: options.paper, assets: options.assets, attachments: []}
  }
  const size = Math.min(availableParallelism(), jobs.length, 4)
  const results: JobResult[] = new Array(jobs.length)
  let next = 0
  const workers = Array.from({length: size}, () => new Worker(workerUrl, {workerData: data}))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= jobs.length) return resolve()
              const id = next++
              worker.once('message', (result: JobResult) => {
                results[id] = result
                feed()
              })
              worker.postMessage(jobs[id])
            }
            worker.once('error', reject)
            feed()
          })
      )
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}

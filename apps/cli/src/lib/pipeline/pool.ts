/**
 * A pool of worker threads, one per core, running `Task`s in the order they are given (the first
 * free worker takes the next). Where a build is small, or the code runs from its TypeScript sources
 * (tests of this package), tasks run in this thread instead: the bytes are the same either way.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {StoreReport} from '../io/store.js'
import {createRunner, type Setup, type Task, type TaskResult} from './tasks.js'

export interface Pool {
  /** Workers (0 when tasks run in this thread). */
  readonly size: number
  run(task: Task): Promise<TaskResult>
  /**
   * Stop the workers once they are idle; the next task starts fresh ones. Between the publications
   * and the collection files, so the memory a worker's heap kept from hundreds of publications is
   * given back before the largest single tasks run.
   */
  recycle(): Promise<void>
  /** Send a changed setup (the build date, once known) to every worker. */
  configure(setup: Setup): Promise<void>
  close(): Promise<void>
}

const workerUrl = new URL('./worker.js', import.meta.url)

/**
 * How long one source's task (normalizing it, or rendering it in every format) may run on a
 * worker, in ms: `DOSSIER_TASK_TIMEOUT` seconds, default 600 (the slowest honest source measured,
 * 50 MB of text, takes about a minute); 0 means no limit. Tasks that run in this thread (work
 * under 512 kB of sources, such as a rebuild after one change; `--jobs 1`) cannot be stopped and
 * have no limit.
 */
export function taskLimit(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env['DOSSIER_TASK_TIMEOUT'] ?? 600)
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0
}

/**
 * From how many bytes a source's formats are rendered as separate tasks, side by side on the pool
 * (its EPUB, PDF and dataset at once, then its page), instead of one after another in one task:
 * `DOSSIER_SPLIT_ABOVE` bytes, default 4 MiB. Below it one task reads the model once; above it the
 * wall time of one large source is what counts (a 50 MB source's four formats took minutes each on
 * one core while the other waited). The bytes are the same either way.
 */
export function splitSize(env: Record<string, string | undefined> = process.env): number {
  const bytes = Number(env['DOSSIER_SPLIT_ABOVE'] ?? 4 * 1024 * 1024)
  return Number.isFinite(bytes) && bytes >= 0 ? bytes : 4 * 1024 * 1024
}

/**
 * A pool of `size` workers, or this thread when `size` is 0 or workers cannot run from here.
 * `onStore` hears, after every task, what the task's store met (damaged entries, failures, writes).
 */
export function createPool(setup: Setup, size: number, onStore: (report: StoreReport) => void = () => {}): Pool {
  if (size < 1 || !import.meta.url.endsWith('.js')) return inThread(setup, onStore)
  let current = setup
  // Workers start on the first task: a build with nothing to render never pays for them.
  const workers: Worker[] = []
  const idle: Worker[] = []
  const start = () => {
    if (workers.length > 0) return
    for (let i = 0; i < size; i++) workers.push(new Worker(workerUrl, {workerData: current}))
    idle.push(...workers)
  }
  const queue: Array<{
    task: Task | {kind: 'configure'; setup: Setup}
    resolve: (r: TaskResult) => void
    reject: (e: Error) => void
  }> = []
  let failure: Error | null = null
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.shift()!
      const job = queue.shift()!
      // A source's task that runs past the limit is stopped: its worker is replaced, the task fails
      // with a message the build names the source in, and the other tasks go on. The clock starts
      // when the worker starts the task (a fresh worker first loads its modules).
      const limit = job.task.kind === 'normalize' || job.task.kind === 'publication' ? taskLimit() : 0
      let timer: NodeJS.Timeout | null = null
      const onTimeout = () => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        void worker.terminate()
        const fresh = new Worker(workerUrl, {workerData: current})
        workers[workers.indexOf(worker)] = fresh
        idle.push(fresh)
        job.reject(
          new Error(
            `took longer than ${limit / 1000} s and was stopped (DOSSIER_TASK_TIMEOUT, seconds); the other sources still publish`
          )
        )
        dispatch()
      }
      const onMessage = (
        message:
          | {started: true}
          | (({ok: true; result: TaskResult} | {ok: false; error: string}) & {store?: StoreReport})
      ) => {
        if ('started' in message) {
          if (limit > 0) timer = setTimeout(onTimeout, limit)
          return
        }
        if (timer) clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        idle.push(worker)
        if (message.store) onStore(message.store)
        if (message.ok) job.resolve(message.result)
        else job.reject(new Error(message.error))
        dispatch()
      }
      const onError = (error: Error) => {
        if (timer) clearTimeout(timer)
        worker.off('message', onMessage)
        failure = error
        job.reject(error)
      }
      worker.on('message', onMessage)
      worker.once('error', onError)
      worker.postMessage(job.task)
    }
  }
  const enqueue = (task: Task | {kind: 'configure'; setup: Setup}) =>
    new Promise<TaskResult>((resolve, reject) => {
      if (failure) return reject(failure)
      start()
      queue.push({task, resolve, reject})
      dispatch()
    })
  return {
    size,
    run: (task) => enqueue(task),
    async configure(next) {
      current = next
      if (workers.length === 0) return
      // Every worker must take the new setup: wait for all to be idle, then send it to each.
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const send = () => {
                worker.once('message', () => resolve())
                worker.once('error', reject)
                worker.postMessage({kind: 'configure', setup: next})
              }
              const index = idle.indexOf(worker)
              if (index >= 0) {
                idle.splice(index, 1)
                send()
              } else reject(new Error('configure: a worker is busy'))
            })
        )
      )
      idle.push(...workers)
      dispatch()
    },
    async recycle() {
      if (queue.length > 0 || idle.length !== workers.length) throw new Error('recycle: the pool is busy')
      await Promise.all(workers.map((worker) => worker.terminate()))
      workers.length = 0
      idle.length = 0
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}

/** Tasks in this thread, one at a time. */
function inThread(setup: Setup, onStore: (report: StoreReport) => void): Pool {
  let current = setup
  let run = createRunner(current)
  let chain: Promise<unknown> = Promise.resolve()
  return {
    size: 0,
    run(task) {
      const runner = run
      const result = chain.then(() => runner(task)).finally(() => onStore(runner.report()))
      chain = result.catch(() => {})
      return result
    },
    async configure(next) {
      await chain
      current = next
      run = createRunner(current)
    },
    async recycle() {
      await chain
      run = createRunner(current)
    },
    async close() {}
  }
}

/**
 * Workers for a build of `sources` files holding `bytes` in all: none below 512 kB (starting one
 * costs more than it saves), else one per core; `--jobs N` asks for N. Never more workers than
 * sources (a worker with no task is an isolate of ~100 MB for nothing: `--jobs 96` on 2 sources
 * took 7.3 GB), nor more than four per core.
 */
export function poolSize(bytes: number, jobs: number | undefined, sources: number): number {
  const wanted = jobs !== undefined ? jobs : bytes < 512 * 1024 ? 0 : Math.max(1, availableParallelism())
  const size = Math.min(wanted, sources, 4 * Math.max(1, availableParallelism()))
  return jobs !== undefined && jobs <= 1 ? 0 : Math.max(0, size)
}

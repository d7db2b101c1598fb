/** A worker thread of the build's pool: takes a `Setup`, then runs tasks one at a time and answers each. */
import {parentPort, workerData} from 'node:worker_threads'
import {createRunner, type Setup, type Task} from './tasks.js'

let run = createRunner(workerData as Setup)

parentPort!.on('message', async (task: Task | {kind: 'configure'; setup: Setup}) => {
  if (task.kind === 'configure') {
    run = createRunner(task.setup)
    parentPort!.postMessage({ok: true, result: null})
    return
  }
  // The task starts now (this thread's modules are loaded): the pool's clock for it starts here.
  parentPort!.postMessage({started: true})
  // Each answer carries what the store met during the task, for the build to report.
  try {
    const result = await run(task)
    parentPort!.postMessage({ok: true, result, store: run.report()})
  } catch (error) {
    parentPort!.postMessage({ok: false, error: (error as Error).stack ?? String(error), store: run.report()})
  }
})

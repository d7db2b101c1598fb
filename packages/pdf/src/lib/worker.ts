/** A layout worker: receives jobs (the briefing, or one publication) and returns PDF bytes. */
import {parentPort, workerData} from 'node:worker_threads'
import type {Message} from '@dossier/core'
import {loadFonts} from './fonts.js'
import type {Job, JobResult, WorkerData} from './pool.js'
import {renderBriefing, renderSingle} from './render-pdf.js'

const {input, options} = workerData as WorkerData
let reports: Message[] = []
const report = (message: string | Message) => reports.push(message as Message)
const fonts = loadFonts(options.assets)

parentPort!.on('message', async (job: Job) => {
  reports = []
  const all = {...options, report}
  const bytes =
    job.kind === 'briefing'
      ? await renderBriefing(input.collection, input.publications, all, fonts)
      : await renderSingle(input.collection, input.publications[job.index]!, all, fonts)
  const result: JobResult = {bytes, reports}
  parentPort!.postMessage(result, [bytes.buffer as ArrayBuffer])
})

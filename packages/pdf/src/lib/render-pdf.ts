/**
 * The PDF renderer: `briefing.pdf` for the whole collection and `<publication id>.pdf` for each
 * publication. Pure: fonts come in `options.assets`, the date from `options.buildDate`.
 */
import type {Collection, Publication, RenderInput, RenderOptions, Renderer} from '@dossier/core'
import {assetsKey, contentKey} from '@dossier/core'
import {renderAppendix} from './appendix.js'
import {renderAtAGlance} from './at-a-glance.js'
import {renderPublication} from './body.js'
import {fillContents, reserveContents, type ContentsEntry} from './contents.js'
import {renderCover} from './cover.js'
import {dateOf, editionDate, outletOf, plural, whoOf} from './describe.js'
import {createDocument, toBytes, type DocumentInfo} from './document.js'
import {loadFonts, type Fonts} from './fonts.js'
import {renderFurniture} from './furniture.js'
import {renderKeyPoints} from './key-points.js'
import {destinationOf} from './outline.js'
import {margins, type State} from './state.js'
import {canUseWorkers, runInWorkers, type Job} from './pool.js'

/**
 * Render the briefing and one PDF per publication, on every core when there are several.
 * Per-publication PDFs come from `options.cache` when nothing they depend on changed; the briefing
 * holds every publication and is always laid out.
 */
export const render: Renderer = async (input, options) => {
  const report = options.report ?? (() => {})
  const fontsKey = assetsKey(options.assets)
  const keyOf = (publication: Publication) => contentKey('pdf/single', input.collection, publication, options.buildDate, options.paper, fontsKey)
  const cached = await Promise.all(input.publications.map(async (p) => (options.cache ? options.cache.get(keyOf(p)) : undefined)))
  const jobs: Job[] = [{kind: 'briefing'}, ...input.publications.flatMap((_, index) => (cached[index] ? [] : [{kind: 'single' as const, index}]))]
  const made = await runJobs(input, options, jobs, report)
  const singles = input.publications.map((publication, index) => {
    const bytes = cached[index] ?? made[jobs.findIndex((job) => job.kind === 'single' && job.index === index)]!
    return {path: `${publication.id}.pdf`, contents: bytes}
  })
  for (const [position, job] of jobs.entries()) {
    if (job.kind === 'single' && options.cache) await options.cache.set(keyOf(input.publications[job.index]!), made[position]!)
  }
  return [{path: 'briefing.pdf', contents: made[0]!}, ...singles]
}

/** Lay out jobs in workers when there are several cores, else here; results in job order. */
async function runJobs(input: RenderInput, options: RenderOptions, jobs: Job[], report: (message: string) => void): Promise<Uint8Array[]> {
  const words = input.publications.reduce((sum, p) => sum + p.stats.words, 0)
  if (canUseWorkers(jobs.length, words)) {
    const results = await runInWorkers(input, options, jobs)
    // Each worker reports a missing glyph once; say it once for the build.
    for (const message of new Set(results.flatMap((r) => r.reports))) report(message)
    return results.map((result) => result.bytes)
  }
  const fonts = loadFonts(options.assets, report)
  const out: Uint8Array[] = []
  for (const job of jobs) {
    out.push(job.kind === 'briefing' ? await renderBriefing(input.collection, input.publications, options, fonts) : await renderSingle(input.collection, input.publications[job.index]!, options, fonts))
  }
  return out
}

/**
 * fontkit caches glyph objects on the font with the code points of their first request, and a glyph
 * first made as a composite's component while subsetting (’ inside ”) has none. Shared across
 * documents, that made a later PDF's Unicode map lack ’, depending on which PDFs came before (and
 * on which worker ran what). Each document therefore starts with an empty glyph cache; the parsed
 * tables stay shared. `_glyphs` is fontkit 2.0.4's cache (the version is pinned).
 */
function forgetGlyphs(font: unknown): void {
  const cached = font as {_glyphs?: Record<number, unknown>}
  if (cached._glyphs) cached._glyphs = {}
}

function people(publications: Publication[]): string[] {
  return [...new Set(publications.flatMap((p) => p.people.map((person) => person.name)))]
}

function startDocument(collection: Collection, info: DocumentInfo, fonts: Fonts, report: (message: string) => void): State {
  const doc = createDocument(info, margins)
  for (const [name, font] of fonts.registry) {
    forgetGlyphs(font)
    doc.registerFont(name, font as unknown as string)
  }
  const root = doc.struct('Document')
  doc.addStructure(root)
  const state: State = {
    doc,
    fonts,
    collection,
    report,
    root,
    width: 0,
    headers: [],
    runningHeader: undefined,
    pageOf: new Map()
  }
  doc.on('pageAdded', () => {
    state.headers.push(state.runningHeader)
    state.width = doc.page.width - margins.left - margins.right
  })
  return state
}

async function finish(state: State): Promise<Uint8Array> {
  renderFurniture(state)
  state.root.end()
  return toBytes(state.doc)
}

/** The whole collection: cover, contents, at a glance, key points, full texts, sources. */
export async function renderBriefing(collection: Collection, publications: Publication[], options: RenderOptions, fonts: Fonts): Promise<Uint8Array> {
  const report = options.report ?? (() => {})
  const questions = publications.reduce((sum, p) => sum + p.qa.length, 0)
  const state = startDocument(collection, {
    title: `${collection.title}: Briefing`,
    author: collection.publisher,
    subject: collection.description || `Briefing on ${plural(publications.length, 'publication')}`,
    keywords: [...people(publications), ...new Set(publications.map(outletOf))].join(', '),
    lang: collection.lang,
    paper: options.paper,
    date: options.buildDate
  }, fonts, report)
  renderCover(state, {
    kicker: 'Briefing',
    title: collection.title,
    subtitle: null,
    facts: [`Edition of ${editionDate(options.buildDate)}`, `${plural(publications.length, 'publication')} · ${plural(questions, 'question')}`],
    description: collection.description,
    footer: [collection.publisher, collection.rights]
  })
  const entries: ContentsEntry[] = [
    {title: 'At a glance', destination: 'at-a-glance', detail: null},
    {title: 'Key points', destination: 'key-points', detail: null},
    ...publications.map((p) => ({title: p.title.text, destination: destinationOf(p.id), detail: `${dateOf(p.date)} · ${whoOf(p)} · ${plural(p.qa.length, 'question')}`})),
    {title: 'Sources and provenance', destination: 'sources', detail: null}
  ]
  const contents = reserveContents(state, entries)
  renderAtAGlance(state, publications)
  renderKeyPoints(state, publications)
  for (const publication of publications) renderPublication(state, publication)
  renderAppendix(state, publications)
  fillContents(state, contents)
  return finish(state)
}

/** One publication alone: cover, key points, full text, sources. */
export async function renderSingle(collection: Collection, publication: Publication, options: RenderOptions, fonts: Fonts): Promise<Uint8Array> {
  const report = options.report ?? (() => {})
  const state = startDocument(collection, {
    title: publication.title.text,
    author: people([publication]).join(', ') || collection.publisher,
    subject: publication.subtitle?.text ?? publication.intro[0]?.text ?? collection.description,
    keywords: [...people([publication]), outletOf(publication)].join(', '),
    lang: publication.lang,
    paper: options.paper,
    date: options.buildDate
  }, fonts, report)
  renderCover(state, {
    kicker: publication.kind === 'interview' ? 'Interview' : 'Article',
    title: publication.title.text,
    subtitle: publication.subtitle?.text ?? null,
    facts: [whoOf(publication), `${dateOf(publication.date)} · ${outletOf(publication)}`, `${plural(publication.qa.length, 'question')} · about ${publication.stats.readingMinutes} min reading`],
    description: '',
    footer: [`From ${collection.title}, edition of ${editionDate(options.buildDate)}`, collection.rights]
  })
  if (publication.qa.length) renderKeyPoints(state, [publication])
  renderPublication(state, publication)
  renderAppendix(state, [publication])
  return finish(state)
}

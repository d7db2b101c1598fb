/**
 * The PDF renderer: `briefing.pdf` for the whole collection and `<publication id>.pdf` for each
 * publication. Pure: fonts come in `options.assets`, the date from `options.buildDate`. Script fonts
 * are only touched for publications with text in their script, so a Latin-only build reads, hashes
 * and sends to workers exactly the fonts it did before the fallback chain existed.
 */
import type {Collection, Message, Publication, RenderInput, RenderOptions, Renderer} from '@dossier/core'
import {assetsKey, contentKey, creditsOf, interfaceWords} from '@dossier/core'
import {renderAppendix} from './appendix.js'
import {baseAssets, type AssetName} from './assets.js'
import {renderAtAGlance} from './at-a-glance.js'
import {renderPublication} from './body.js'
import {fillContents, reserveContents, type ContentsEntry} from './contents.js'
import {renderCover} from './cover.js'
import {dateOf, editionDate, outletOf, plural, whoOf} from './describe.js'
import {createDocument, toBytes, type DocumentInfo} from './document.js'
import {forgetGlyphs} from './flow.js'
import {loadFonts, type Fonts} from './fonts.js'
import {renderFurniture} from './furniture.js'
import {renderKeyPoints} from './key-points.js'
import {missingMessages} from './missing-glyphs.js'
import {destinationOf} from './outline.js'
import {familiesIn, familyAssets, type Family} from './scripts.js'
import {margins, type State} from './state.js'
import {canUseWorkers, runInWorkers, type Job} from './pool.js'

/**
 * Render the briefing and one PDF per publication, on every core when there are several.
 * Per-publication PDFs come from `options.cache` when nothing they depend on changed; the briefing
 * holds every publication and is always laid out.
 */
export const render: Renderer = async (input, options) => {
  const report = options.report ?? (() => {})
  const collectionFamilies = familiesIn(JSON.stringify(input.collection))
  const needed = input.publications.map((p) => new Set([...collectionFamilies, ...familiesIn(JSON.stringify(p))]))
  const all = new Set(needed.flatMap((families) => [...families]))
  const keyOf = (publication: Publication, index: number) =>
    contentKey(
      'pdf/single',
      input.collection,
      publication,
      options.buildDate,
      options.paper,
      assetsKey(assetsFor(options.assets, needed[index]!))
    )
  const cached = await Promise.all(
    input.publications.map(async (p, index) => (options.cache ? options.cache.get(keyOf(p, index)) : undefined))
  )
  const jobs: Job[] = [
    {kind: 'briefing'},
    ...input.publications.flatMap((_, index) => (cached[index] ? [] : [{kind: 'single' as const, index}]))
  ]
  const made = await runJobs(input, {...options, assets: assetsFor(options.assets, all)}, jobs)
  // The briefing and a publication's own PDF meet the same missing characters: say it once.
  const seen = new Set<string>()
  for (const message of made.flatMap((result) => result.reports)) {
    const key = JSON.stringify(message)
    if (!seen.has(key)) report(message)
    seen.add(key)
  }
  const singles = input.publications.map((publication, index) => {
    const bytes = cached[index] ?? made[jobs.findIndex((job) => job.kind === 'single' && job.index === index)]!.bytes
    return {path: `${publication.id}.pdf`, contents: bytes}
  })
  for (const [position, job] of jobs.entries()) {
    if (job.kind === 'single' && options.cache)
      await options.cache.set(keyOf(input.publications[job.index]!, job.index), made[position]!.bytes)
  }
  return [{path: 'briefing.pdf', contents: made[0]!.bytes}, ...singles]
}

/** The base faces plus the script fonts of `families`, read from `assets` only for those names. */
function assetsFor(assets: Record<string, Uint8Array>, families: Set<Family>): Record<string, Uint8Array> {
  const names: AssetName[] = [...baseAssets]
  for (const family of families) {
    const {regular, bold} = familyAssets[family]
    names.push(regular, ...(bold ? [bold] : []))
  }
  return Object.fromEntries(names.flatMap((name) => (assets[name] ? [[name, assets[name]]] : [])))
}

/** Lay out jobs in workers when there are several cores, else here; results in job order. */
async function runJobs(
  input: RenderInput,
  options: RenderOptions,
  jobs: Job[]
): Promise<Array<{bytes: Uint8Array; reports: Message[]}>> {
  const words = input.publications.reduce((sum, p) => sum + p.stats.words, 0)
  if (canUseWorkers(jobs.length, words)) return runInWorkers(input, options, jobs)
  const fonts = loadFonts(options.assets)
  const out: Array<{bytes: Uint8Array; reports: Message[]}> = []
  for (const job of jobs) {
    const reports: Message[] = []
    const withReport = {...options, report: (message: string | Message) => reports.push(message as Message)}
    const bytes =
      job.kind === 'briefing'
        ? await renderBriefing(input.collection, input.publications, withReport, fonts)
        : await renderSingle(input.collection, input.publications[job.index]!, withReport, fonts)
    out.push({bytes, reports})
  }
  return out
}

function people(publications: Publication[]): string[] {
  return [...new Set(publications.flatMap((p) => p.people.map((person) => person.name)))]
}

function startDocument(collection: Collection, info: DocumentInfo, fonts: Fonts): State {
  const doc = createDocument(info, margins)
  const registered = new Set<string>()
  // The faces and DejaVu are registered up front as before; script fonts on first use (flow.ts).
  for (const [name, font] of fonts.registry) {
    if (!fonts.isBase(name)) continue
    forgetGlyphs(font)
    doc.registerFont(name, font as unknown as string)
    registered.add(name)
  }
  const root = doc.struct('Document')
  doc.addStructure(root)
  const state: State = {
    doc,
    fonts,
    collection,
    source: null,
    missing: new Map(),
    registered,
    root,
    width: 0,
    headers: [],
    runningHeader: undefined,
    pageOf: new Map(),
    words: interfaceWords(info.lang)
  }
  doc.on('pageAdded', () => {
    state.headers.push(state.runningHeader)
    state.width = doc.page.width - margins.left - margins.right
  })
  return state
}

async function finish(state: State, report: (message: Message) => void): Promise<Uint8Array> {
  renderFurniture(state)
  state.root.end()
  for (const message of missingMessages(state.missing)) report(message)
  return toBytes(state.doc)
}

/** The whole collection: cover, contents, at a glance, key points, full texts, sources. */
export async function renderBriefing(
  collection: Collection,
  publications: Publication[],
  options: RenderOptions,
  fonts: Fonts
): Promise<Uint8Array> {
  const report = options.report ?? (() => {})
  const questions = publications.reduce((sum, p) => sum + p.qa.length, 0)
  const state = startDocument(
    collection,
    {
      title: `${collection.title}: Briefing`,
      author: collection.publisher,
      subject: collection.description || `Briefing on ${plural(publications.length, 'publication')}`,
      keywords: [...people(publications), ...new Set(publications.map(outletOf))].join(', '),
      lang: collection.lang,
      paper: options.paper,
      date: options.buildDate
    },
    fonts
  )
  renderCover(state, {
    kicker: state.words.term('briefing'),
    title: collection.title,
    subtitle: null,
    facts: [
      `Edition of ${editionDate(options.buildDate)}`,
      `${plural(publications.length, 'publication')} · ${plural(questions, 'question')}`
    ],
    description: collection.description,
    footer: [collection.publisher, collection.rights]
  })
  const entries: ContentsEntry[] = [
    {title: state.words.term('atAGlance'), destination: 'at-a-glance', detail: null},
    {title: state.words.term('keyPoints'), destination: 'key-points', detail: null},
    ...publications.map((p) => ({
      title: p.title.text,
      destination: destinationOf(p.id),
      detail: `${dateOf(p.date)} · ${whoOf(p)} · ${plural(p.qa.length, 'question')}`
    })),
    {title: 'Sources and provenance', destination: 'sources', detail: null}
  ]
  const contents = reserveContents(state, entries)
  renderAtAGlance(state, publications)
  renderKeyPoints(state, publications)
  for (const publication of publications) renderPublication(state, publication)
  renderAppendix(state, publications)
  fillContents(state, contents)
  return finish(state, report)
}

/** One publication alone: cover, key points, full text, sources. */
export async function renderSingle(
  collection: Collection,
  publication: Publication,
  options: RenderOptions,
  fonts: Fonts
): Promise<Uint8Array> {
  const report = options.report ?? (() => {})
  const state = startDocument(
    collection,
    {
      title: publication.title.text,
      // Core's author rule: the Author entry names the creators (interviewees, authors), never interviewers.
      author:
        creditsOf(publication)
          .creators.map((person) => person.name)
          .join(', ') || collection.publisher,
      subject: publication.subtitle?.text ?? publication.intro[0]?.text ?? collection.description,
      keywords: [...people([publication]), outletOf(publication)].join(', '),
      lang: publication.lang,
      paper: options.paper,
      date: options.buildDate
    },
    fonts
  )
  renderCover(state, {
    kicker: state.words.term(publication.kind === 'interview' ? 'interview' : 'article'),
    title: publication.title.text,
    subtitle: publication.subtitle?.text ?? null,
    facts: [
      whoOf(publication),
      `${dateOf(publication.date)} · ${outletOf(publication)}`,
      `${plural(publication.qa.length, 'question')} · about ${publication.stats.readingMinutes} min reading`
    ],
    description: '',
    footer: [`From ${collection.title}, edition of ${editionDate(options.buildDate)}`, collection.rights]
  })
  if (publication.qa.length) renderKeyPoints(state, [publication])
  renderPublication(state, publication)
  renderAppendix(state, [publication])
  return finish(state, report)
}

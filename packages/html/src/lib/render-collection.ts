/**
 * The site's collection files, assembled from the publications' parts (never from whole
 * publications): home page, search page and index (a loader and its shards, each kept between builds
 * through `job.memo`), 404 page, people and outlets pages and their
 * indexes (core's `indexPeople` over the parts' `people`; the browse, person and outlet pages kept
 * between builds through `job.memo`), feed, robots.txt, sitemap, assets, and copies of the collection-wide downloads (briefing, collection EPUB, dataset).
 */
import {createHash} from 'node:crypto'
import {
  browseCollection,
  type CollectionJob,
  indexPeople,
  languages,
  type OutputEntry,
  type PublicationPeople,
  type PublicationSummary,
  presentCollection
} from '@dossier/core'
import type {Element} from 'hast'
import {assetOutputs} from './assets.js'
import {downloadCopies, planCollectionDownloads} from './downloads.js'
import {type FeedEntry, renderFeed} from './feed.js'
import {renderBrowsePages} from './pages/browse.js'
import {renderHomePage} from './pages/home.js'
import {renderOutletPage, renderOutletsIndex} from './pages/outlets.js'
import {renderPeopleIndex, renderPersonPage} from './pages/people.js'
import {type ListedPublication, renderNotFoundPage} from './pages/not-found.js'
import {renderSearchPage} from './pages/search.js'
import type {HtmlPart} from './part.js'
import {
  createSearchIndex,
  leadOf,
  searchIndexChunks,
  searchLeadLength,
  searchLoaderScript,
  searchShardCount,
  searchShardOf,
  searchShardPath
} from './search-index.js'
import {readSearchTexts, searchTextPath} from './search-texts.js'
import {CollectionFonts} from './site-fonts.js'
import {renderRobots, renderSitemap} from './sitemap.js'
import {indexPath, outletPath, personPath, type State} from './state.js'

/**
 * Assemble the collection files from `job.parts()` (read once, in the collection's order) and
 * `job.attachments`; each search shard through `job.memo`, which reads its members' parts again with
 * `job.part` only when the shard is made. Reports once, through `job.report`, that there is no sitemap when the
 * collection has no base URL. Throws when an asset of `assetFiles` is missing from `job.assets`.
 */
export async function* renderCollection(job: CollectionJob): AsyncGenerator<OutputEntry> {
  // The script faces of the collection pages: seen in the parts, scanned in the pages, made last.
  const fonts = new CollectionFonts((name, characters, make) => job.memo(`font-${name}`, characters, make))
  for await (const entry of collectionFiles(job, fonts)) {
    fonts.scan(entry)
    yield entry
  }
  yield* await fonts.files(job.assets)
}

const decoder = new TextDecoder()

async function* collectionFiles(job: CollectionJob, fonts: CollectionFonts): AsyncGenerator<OutputEntry> {
  const state: State = {collection: job.collection, buildDate: job.buildDate}
  const assets = assetOutputs(job.assets)
  const cards: Element[] = []
  const listed: ListedPublication[] = []
  const entries: FeedEntry[] = []
  const summaries: PublicationSummary[] = []
  const people: PublicationPeople[] = []
  // Above `searchFullTexts` publications each answer is indexed by its lead only (see Collection).
  const fullTexts = job.heads.length <= job.collection.searchFullTexts
  if (!fullTexts)
    job.report(
      `html: the search index holds titles, questions and the first ${searchLeadLength} characters of each answer, because the collection has ${job.heads.length} publications (searchFullTexts in collection.yaml is ${job.collection.searchFullTexts})`
    )
  for await (const {head, part} of job.parts()) {
    const {title, card, feed, summary, people: own} = part as HtmlPart
    cards.push(card)
    summaries.push(summary)
    people.push(own)
    listed.push({id: head.id, title, lang: head.lang})
    entries.push({head, title, ...feed})
    fonts.see({title, card, feed, summary, own})
  }
  fonts.see([job.collection, languages[job.collection.lang.split('-')[0]!]])
  state.fonts = fonts.stylesheet()
  const shared = planCollectionDownloads(
    job.attachments,
    job.heads.map((head) => head.id),
    job.collection
  )
  const facts = presentCollection(job.collection, summaries, {buildDate: job.buildDate})
  const browse = browseCollection(job.collection.lang, job.collection.title, summaries)
  // The browse, people and outlet pages are kept between builds (`job.memo`): each depends on the
  // collection and the build date (the memo's context), the stylesheet the pages link and its own
  // entry alone, so one changed publication remakes the pages of the people and outlets it names.
  const kept = async (name: string, inputs: unknown, make: () => string): Promise<string> =>
    decoder.decode(
      await job.memo(name, {fonts: state.fonts ?? null, inputs}, async () => new TextEncoder().encode(make()))
    )
  yield {path: 'index.html', contents: renderHomePage(state, cards, shared, facts, browse)}
  const browsePages = await kept('browse-pages', browse, () => JSON.stringify(renderBrowsePages(state, browse)))
  yield* JSON.parse(browsePages) as Array<{path: string; contents: string}>
  yield {path: 'search.html', contents: renderSearchPage(state)}
  yield {path: '404.html', contents: renderNotFoundPage(state, listed)}
  const who = indexPeople(people)
  yield {path: indexPath('people'), contents: renderPeopleIndex(state, who.people)}
  for (const person of who.people)
    yield {
      path: personPath(person.slug),
      contents: await kept('person-page', person, () => renderPersonPage(state, person))
    }
  yield {path: indexPath('outlets'), contents: renderOutletsIndex(state, who.outlets)}
  for (const outlet of who.outlets)
    yield {
      path: outletPath(outlet.slug),
      contents: await kept('outlet-page', outlet, () => renderOutletPage(state, outlet))
    }
  yield* searchIndexFiles(job, fullTexts)
  yield {path: 'feed.xml', contents: renderFeed(state, entries)}
  yield {path: 'robots.txt', contents: renderRobots(state)}
  yield* assets
  yield* downloadCopies(shared)
  const sitemap = renderSitemap(state, job.heads, [
    indexPath('people'),
    ...who.people.map((person) => personPath(person.slug)),
    indexPath('outlets'),
    ...who.outlets.map((outlet) => outletPath(outlet.slug))
  ])
  if (sitemap) yield {path: 'sitemap.xml', contents: sitemap}
  else job.report('html: no sitemap.xml, because collection.yaml sets no baseUrl (sitemaps need absolute URLs)')
}

/**
 * `assets/search-index.js` and its shards (see `search-index.ts`). A shard's bytes depend on its
 * number, the shard count, whether answers are indexed in full or by their leads, and its members'
 * parts in the collection's order, which their `partKeys` identify: those are the memo's inputs, so
 * a shard none of whose members changed is read back from the store as it was.
 */
async function* searchIndexFiles(job: CollectionJob, fullTexts: boolean): AsyncGenerator<OutputEntry> {
  const count = searchShardCount(job.heads.length, job.collection.searchShardSize)
  const members: number[][] = Array.from({length: count}, () => [])
  for (const [index, head] of job.heads.entries()) members[searchShardOf(head.id, count)]!.push(index)
  yield {
    path: 'assets/search-index.js',
    contents: searchLoaderScript(
      count,
      job.heads.map((head) => head.id)
    )
  }
  for (const [shard, indexes] of members.entries()) {
    const inputs = {
      shard,
      count,
      leadLength: fullTexts ? null : searchLeadLength,
      parts: indexes.map((index) => job.partKeys[index])
    }
    yield {
      path: searchShardPath(shard),
      contents: await job.memo('search-index-shard', inputs, () => searchShard(job, shard, indexes, fullTexts))
    }
  }
}

/**
 * One shard's script, from the search documents of the publications at `indexes` (read one at a
 * time): their heads from their parts, their texts from their `search/<id>.js` (`job.ownFile`).
 * Throws when a text script is missing, or differs from the one the part was made with (its sha256).
 */
async function searchShard(
  job: CollectionJob,
  shard: number,
  indexes: number[],
  fullTexts: boolean
): Promise<Uint8Array> {
  const index = createSearchIndex()
  for (const at of indexes) {
    const {id} = job.heads[at]!
    const {search, searchTexts} = (await job.part(at)) as HtmlPart
    const script = await job.ownFile(searchTextPath(id))
    if (createHash('sha256').update(script).digest('hex') !== searchTexts)
      throw new Error(`${searchTextPath(id)} is not the one its publication's part was made with`)
    const texts = readSearchTexts(id, script)
    index.addAll(
      search.map((head) => {
        const text = texts[head.id]
        if (text === undefined) throw new Error(`${searchTextPath(id)} has no text for ${head.id}`)
        return {...head, text: fullTexts ? text : leadOf(text, searchLeadLength)}
      })
    )
  }
  const chunks: Buffer[] = []
  for await (const chunk of searchIndexChunks(index, shard)) chunks.push(Buffer.from(chunk))
  return new Uint8Array(Buffer.concat(chunks))
}

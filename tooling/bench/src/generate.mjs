#!/usr/bin/env node
/**
 * A deterministic, seeded generator of synthetic scraped interviews for the benchmark.
 *
 * Every source is written in one of the conventions the normalizer reads (numbered `1.` questions,
 * `Q:`/`A:` prefixes, `Name: …` speaker labels, Markdown with front matter and bold questions),
 * 2,000–12,000 words long, with the chrome lines scrapers leave behind (`| Welcome to …`,
 * `Read more: …`, `Share this article`). Beside each source it writes the same interview as clean
 * Markdown for Pandoc, and a manifest with the number of questions each source must normalize into.
 *
 * Source i depends only on (seed, i): the corpus for N = 10 is the first 10 sources of N = 100.
 *
 *   node generate.mjs --count 100 --out bench/corpus/n100 [--seed 1]
 */
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = `the a of and to in that is for it as with was on by this be are from at or an which have not has but
they their its more than can been would there also one about into other only these some when what our most over such
new time people year years state government policy country countries region market trade energy security
economy growth war peace border water power city cities rail road port ports river coast farm farms school
schools hospital court law laws vote votes party parties leader leaders minister ministers army navy
treaty alliance partner partners neighbour neighbours investment investors bank banks price prices cost
costs risk risks plan plans project projects network networks pipeline corridor transit route routes
question answer history future past present decade century generation crisis reform reforms strategy
balance influence pressure interest interests value values culture language story record archive
report reports data figure figures evidence study studies research analyst analysts observer observers
journalist editor reader readers public private local national global regional foreign domestic
strong weak large small long short early late slow fast clear difficult simple complex careful open
closed modern ancient rural urban northern southern eastern western central remote common rare
understand explain expect believe argue suggest support oppose build repair measure compare decide
improve reduce increase protect develop follow lead change remain return begin continue depend
certainly perhaps rarely often usually already still again together however therefore meanwhile
indeed instead otherwise especially gradually quickly slowly carefully openly quietly`
  .split(/\s+/)
  .filter(Boolean)

const FIRST = [
  'Amina',
  'Boris',
  'Chen',
  'Dana',
  'Emil',
  'Farah',
  'Gustavo',
  'Hana',
  'Ivan',
  'Jonas',
  'Keiko',
  'Lars',
  'Maya',
  'Nadia',
  'Omar',
  'Priya',
  'Rafael',
  'Sofia',
  'Tomas',
  'Uma',
  'Viktor',
  'Wen',
  'Yusuf',
  'Zara'
]
const LAST = [
  'Abara',
  'Brandt',
  'Costa',
  'Diallo',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Mensah',
  'Novak',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Sato',
  'Tanaka',
  'Umarov',
  'Varga',
  'Wright',
  'Young'
]
const OUTLETS = [
  'The Daily Ledger',
  'Harbour Review',
  'Northern Monitor',
  'Civic Quarterly',
  'The River Post',
  'Atlas Weekly',
  'Meridian Journal',
  'The Plain Observer'
]
const TOPICS = [
  'rail freight',
  'river ports',
  'water treaties',
  'grain markets',
  'coastal cities',
  'rural schools',
  'energy corridors',
  'public archives',
  'border towns',
  'local courts',
  'city budgets',
  'regional alliances',
  'farm reform',
  'transit routes',
  'hospital networks',
  'foreign investment'
]
const ANGLES = [
  'what comes next',
  'the long view',
  'lessons from a decade',
  'the hidden costs',
  'a quiet revolution',
  'why it matters',
  'the case for patience',
  'beyond the headlines'
]
const STYLES = ['numbered', 'qa', 'speakers', 'markdown']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

const pick = (rng, list) => list[Math.floor(rng() * list.length)]
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1))
const cap = (s) => s[0].toUpperCase() + s.slice(1)

/** A sentence of plain words ending with a period: no colons, digits or question marks. */
function sentence(rng) {
  const n = int(rng, 8, 24)
  const words = Array.from({length: n}, () => pick(rng, WORDS))
  if (n > 14 && rng() < 0.5) words[int(rng, 4, n - 6)] += ','
  return `${cap(words.join(' '))}.`
}

function paragraph(rng) {
  return Array.from({length: int(rng, 2, 6)}, () => sentence(rng)).join(' ')
}

function question(rng, topic) {
  const n = int(rng, 6, 18)
  const words = Array.from({length: n}, () => pick(rng, WORDS))
  const openers = ['How', 'Why', 'What', 'Where', 'Who', 'Can', 'Should', 'Will', 'Is']
  return `${pick(rng, openers)} ${words.join(' ')} ${rng() < 0.3 ? `in ${topic} ` : ''}today?`.replace(/ +/g, ' ')
}

const countWords = (s) => s.split(/\s+/).filter(Boolean).length

/** The interview as data: the same content is written as a scraped source and as Markdown. */
export function makeInterview(seed, index, usedTitles = new Set()) {
  const rng = mulberry32((seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0)
  const style = STYLES[index % STYLES.length]
  const asker = `${pick(rng, FIRST)} ${pick(rng, LAST)}`
  let answerer = `${pick(rng, FIRST)} ${pick(rng, LAST)}`
  while (answerer === asker || answerer.split(' ')[0] === asker.split(' ')[0])
    answerer = `${pick(rng, FIRST)} ${pick(rng, LAST)}`
  const outlet = pick(rng, OUTLETS)
  const topic = pick(rng, TOPICS)
  let title = `${cap(topic)}: ${answerer} on ${pick(rng, ANGLES)}`
  for (let k = 2; usedTitles.has(title); k++) title = `${cap(topic)}: ${answerer} on ${pick(rng, ANGLES)}, part ${k}`
  usedTitles.add(title)
  const year = int(rng, 2005, 2024)
  const month = int(rng, 1, 12)
  const day = int(rng, 1, 28)
  // 2,000–12,000 words, skewed towards shorter pieces as real archives are.
  const target = 2000 + Math.floor(rng() ** 1.6 * 10000)
  const intro = [`${asker} spoke to ${answerer} about ${topic} for ${outlet}. ${paragraph(rng)}`]
  const qa = []
  let words = countWords(intro.join(' ')) + countWords(title)
  while (words < target) {
    const q = question(rng, topic)
    const answer = Array.from({length: int(rng, 1, 5)}, () => paragraph(rng))
    qa.push({q, answer})
    words += countWords(q) + countWords(answer.join(' '))
  }
  const about = `${answerer} writes about ${topic}. ${sentence(rng)}`
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)
  return {
    index,
    style,
    asker,
    answerer,
    outlet,
    topic,
    title,
    date: {year, month, day},
    intro,
    qa,
    about,
    slug,
    readMore: `${cap(pick(rng, TOPICS))} and ${pick(rng, TOPICS)} in ten charts`
  }
}

/** The scraped source text in the interview's convention, with chrome lines. */
export function toSource(iv) {
  const {year, month, day} = iv.date
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const chromeAt = Math.max(1, Math.floor(iv.qa.length / 2))
  const out = []
  if (iv.style === 'markdown') {
    out.push(
      '---',
      `title: "${iv.title}"`,
      `date: ${iso}`,
      'people:',
      `  - name: ${iv.answerer}`,
      '    role: interviewee',
      `  - name: ${iv.asker}`,
      '    role: interviewer',
      'outlets:',
      `  - name: ${iv.outlet}`,
      '    role: original',
      '---',
      ''
    )
    out.push(`| Welcome to ${iv.outlet}`, '')
    for (const p of iv.intro) out.push(p, '')
    iv.qa.forEach(({q, answer}, i) => {
      out.push(`**${q}**`, '')
      for (const p of answer) out.push(p, '')
      if (i + 1 === chromeAt) out.push(`Read more: ${iv.readMore}`, '')
    })
    out.push(iv.about, '', 'Share this article', '')
    return {name: `${String(iv.index).padStart(4, '0')}-${iv.slug}.md`, text: out.join('\n')}
  }
  out.push(`| Welcome to ${iv.outlet}`, '', iv.title, '', `${day} ${MONTHS[month - 1]} ${year}`, '')
  if (iv.style !== 'speakers') out.push(`By ${iv.asker}`, '')
  for (const p of iv.intro) out.push(p, '')
  iv.qa.forEach(({q, answer}, i) => {
    if (iv.style === 'numbered') {
      out.push(`${i + 1}. ${q}`, '')
      for (const p of answer) out.push(p, '')
    } else if (iv.style === 'qa') {
      out.push(`Q: ${q}`, `A: ${answer[0]}`, '')
      for (const p of answer.slice(1)) out.push(p, '')
    } else {
      out.push(`${iv.asker}: ${q}`, '', `${iv.answerer}: ${answer[0]}`, '')
      for (const p of answer.slice(1)) out.push(p, '')
    }
    if (i + 1 === chromeAt) out.push(`Read more: ${iv.readMore}`, '')
  })
  out.push(iv.about, '', 'Share this article', '')
  return {name: `${String(iv.index).padStart(4, '0')}-${iv.slug}.txt`, text: out.join('\n')}
}

/** The same interview as clean Markdown for Pandoc (what a user would feed it). */
export function toMarkdown(iv) {
  const {year, month, day} = iv.date
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const out = ['---', `title: "${iv.title}"`, `author: "${iv.answerer}"`, `date: ${iso}`, 'lang: en', '---', '']
  for (const p of iv.intro) out.push(p, '')
  for (const {q, answer} of iv.qa) {
    out.push(`**${q}**`, '')
    for (const p of answer) out.push(p, '')
  }
  out.push(iv.about, '')
  return out.join('\n')
}

/** Write a corpus of `count` sources; returns the manifest. */
export function generate({count, out, seed = 1}) {
  rmSync(out, {recursive: true, force: true})
  const sourcesDir = path.join(out, 'sources')
  const markdownDir = path.join(out, 'markdown')
  mkdirSync(sourcesDir, {recursive: true})
  mkdirSync(markdownDir, {recursive: true})
  writeFileSync(
    path.join(sourcesDir, 'collection.yaml'),
    `title: Synthetic benchmark corpus (${count} interviews, seed ${seed})\ndescription: Generated interviews for the Dossier benchmark.\npublisher: Dossier bench\nlang: en\npaper: a4\n`
  )
  const used = new Set()
  const manifest = {seed, count, bytes: 0, words: 0, sources: []}
  for (let i = 0; i < count; i++) {
    const iv = makeInterview(seed, i, used)
    const source = toSource(iv)
    const md = toMarkdown(iv)
    const mdName = `${String(i).padStart(4, '0')}-${iv.slug}.md`
    writeFileSync(path.join(sourcesDir, source.name), source.text)
    writeFileSync(path.join(markdownDir, mdName), md)
    const bytes = Buffer.byteLength(source.text)
    const words = countWords(source.text)
    manifest.bytes += bytes
    manifest.words += words
    manifest.sources.push({file: source.name, markdown: mdName, style: iv.style, questions: iv.qa.length, words, bytes})
  }
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const get = (name, fallback) => {
    const i = args.indexOf(`--${name}`)
    return i >= 0 ? args[i + 1] : fallback
  }
  const count = Number(get('count', '10'))
  const out = path.resolve(get('out', `bench/corpus/n${count}`))
  const manifest = generate({count, out, seed: Number(get('seed', '1'))})
  console.log(
    `${count} sources, ${manifest.words.toLocaleString('en')} words, ${(manifest.bytes / 1e6).toFixed(2)} MB → ${out}`
  )
}

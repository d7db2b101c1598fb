/**
 * Justified paragraphs in right-to-left scripts and in Chinese and Japanese (issue 22), read back from
 * the drawn lines: `pdftotext -bbox-layout` finds each line, its text and extent; for a right-to-left
 * line the page drawn by `pdftoppm` gives where its ink starts and ends (poppler's box of an
 * /ActualText span leaves out the widened spaces). A paragraph's lines but its last reach both
 * margins; the last line of a right-to-left paragraph is flush right, of a CJK one flush left (its start).
 * CJK lines break by UAX #14: no line starts with closing punctuation (、。」）…) and none ends with an
 * opening bracket (「（…), read from pdftotext's lines.
 */
import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {buildCorpus} from '@dossier/core'
import {describe, expect, it} from 'vitest'
import {margins} from '../src/lib/state.js'
import {renderToDir, tool} from './support.js'

/** A4's width in points. */
const pageWidth = 595.28

interface Line {
  page: number
  yMin: number
  yMax: number
  xMin: number
  xMax: number
  text: string
  /** Index of the pdftotext block (paragraph) the line is in, over the whole file. */
  block: number
}

/** The text area's lines of a PDF, with their extent and the block pdftotext put them in. */
function linesOf(file: string): Line[] {
  const xml = tool('pdftotext', ['-bbox-layout', file, '-'])
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(xml)![1])
  const lines: Line[] = []
  let block = 0
  for (const [index, page] of xml.split('<page ').slice(1).entries())
    for (const blockXml of page.split('<block ').slice(1)) {
      block++
      for (const m of blockXml.matchAll(
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g
      )) {
        const yMin = Number(m[2])
        if (yMin < margins.top - 2 || yMin > height - margins.bottom) continue
        const words = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]!)
        lines.push({
          page: index + 1,
          yMin,
          yMax: Number(m[4]),
          xMin: Number(m[1]),
          xMax: Number(m[3]),
          text: words.join(' '),
          block
        })
      }
    }
  return lines
}

/** Pixels per point of the page images. */
const scale = 2

/** Where ink starts and ends in each right-to-left line, in points, from the page drawn in grey by pdftoppm. */
function inkOf(file: string, lines: Line[]): void {
  const pages = new Map<number, {width: number; pixels: Buffer}>()
  for (const line of lines) {
    if (!pages.has(line.page)) {
      const image = execFileSync(
        'pdftoppm',
        ['-gray', '-r', String(72 * scale), '-f', String(line.page), '-l', String(line.page), file],
        {maxBuffer: 64 * 1024 * 1024}
      )
      // PGM (P5): "P5\n<width> <height>\n255\n" then one byte a pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'))!
      pages.set(line.page, {width: Number(header[1]), pixels: image.subarray(header[0].length)})
    }
    const {width, pixels} = pages.get(line.page)!
    // The baseline: the row of the line's box with the most ink (Arabic letters join along it); the
    // letters' band is 3 pt either side of it (poppler's box is as tall as the face's ascent and
    // descent, and reaches into the next line's marks).
    const dark = (y: number) => {
      let count = 0
      for (let x = 0; x < width; x++) if (pixels[y * width + x]! < 128) count++
      return count
    }
    let baseline = Math.round(line.yMin * scale)
    for (let y = baseline; y <= Math.round(line.yMax * scale); y++) if (dark(y) > dark(baseline)) baseline = y
    let first = width
    let last = -1
    for (let y = baseline - 3 * scale; y <= baseline + 3 * scale; y++)
      for (let x = 0; x < width; x++)
        if (pixels[y * width + x]! < 128) {
          first = Math.min(first, x)
          last = Math.max(last, x)
        }
    line.xMin = first / scale
    line.xMax = (last + 1) / scale
  }
}

async function render(path: string, text: string): Promise<{lines: Line[]; file: string}> {
  const corpus = buildCorpus({sources: [{path, bytes: new TextEncoder().encode(text), meta: null}], collection: null})
  const {dir} = await renderToDir(corpus, 'a4')
  const file = join(dir, `${corpus.publications[0]!.id}.pdf`)
  return {lines: linesOf(file), file}
}

const left = margins.left
const right = pageWidth - margins.right
/** Within `by` points of the left or right margin: 1.5 for poppler's boxes, 2 for ink (glyphs' side bearings). */
const atLeft = (line: Line, by = 1.5) => Math.abs(line.xMin - left) < by
const atRight = (line: Line, by = 1.5) => Math.abs(line.xMax - right) < by

/**
 * The lines of each of `texts`' paragraphs, in drawing order: a line is the paragraph's that holds
 * most of its words (pdftotext may give a right-to-left word's letters in drawing order, so a word
 * reversed counts too); consecutive lines of one paragraph make a group. pdftotext's own blocks do not
 * serve: it puts each right-to-left line in a block of its own.
 */
function paragraphs(lines: Line[], texts: string[]): Line[][] {
  const reverse = (word: string) => [...word].reverse().join('')
  const score = (line: Line, text: string) =>
    line.text.includes(' ')
      ? line.text.split(' ').filter((w) => text.includes(w) || text.includes(reverse(w))).length
      : text.includes(line.text.replace(/\s+/gu, ''))
        ? 1
        : 0
  const groups: Line[][] = []
  let previous = -1
  for (const line of lines) {
    const scores = texts.map((text) => score(line, text))
    const best = Math.max(...scores)
    // Most of a line's words, so that a heading or a facts line sharing one word is left out.
    const words = line.text.split(' ').length
    const index = best > 0 && (words === 1 || best >= 2) && best * 2 >= words ? scores.indexOf(best) : -1
    if (index >= 0 && index === previous) groups.at(-1)!.push(line)
    else if (index >= 0) groups.push([line])
    previous = index
  }
  return groups.filter((group) => group.length >= 3)
}

// Invented texts: a market reopening after two years, long enough for paragraphs of several lines.
const arabic = [
  'الأسواق الحدودية تعود إلى العمل',
  '',
  'عادت الأسواق الحدودية إلى العمل بعد عامين من الإغلاق، وقال التجار إن الحركة ما زالت بطيئة لكنها تتحسن كل أسبوع، وإن المزارعين بدأوا يعودون بمحاصيلهم من القرى البعيدة التي انقطعت عنها الطرق طوال فصل الشتاء الماضي.',
  '',
  'وأضاف أحد التجار أن الطريق الجديد سيقصر الرحلة إلى النصف، وأن الأسعار قد تنخفض قبل نهاية العام إذا استمرت الشاحنات في العبور دون تأخير عند نقاط التفتيش، مشيرا إلى أن السلطات وعدت بفتح معبر ثان في الربيع المقبل.',
  '',
  'وقالت مديرة الغرفة التجارية في المدينة إن عدد الزوار تضاعف منذ الافتتاح، وإن الفنادق الصغيرة امتلأت للمرة الأولى منذ سنوات، غير أنها حذرت من أن ارتفاع أسعار الوقود قد يبطئ هذا التعافي إذا لم تتدخل الحكومة بدعم مباشر للنقل.'
].join('\n')

const persian = [
  'بازارهای مرزی دوباره باز شدند',
  '',
  'بازارهای مرزی پس از دو سال تعطیلی دوباره باز شدند و بازرگانان می‌گویند رفت‌وآمد هنوز کند است اما هر هفته بهتر می‌شود، و کشاورزان از روستاهای دوردستی که در تمام زمستان گذشته راه‌هایشان بسته بود با محصولات خود بازمی‌گردند.',
  '',
  'یکی از بازرگانان افزود که جاده تازه سفر را به نصف کوتاه می‌کند و اگر کامیون‌ها بدون معطلی از ایست‌های بازرسی بگذرند قیمت‌ها پیش از پایان سال پایین می‌آید، و گفت مسئولان وعده داده‌اند گذرگاه دوم را در بهار آینده باز کنند.',
  '',
  'مدیر اتاق بازرگانی شهر گفت شمار بازدیدکنندگان از زمان بازگشایی دو برابر شده و مهمان‌خانه‌های کوچک برای نخستین بار پس از سال‌ها پر شده‌اند، اما هشدار داد که گرانی سوخت ممکن است این بهبود را کند کند اگر دولت به حمل‌ونقل کمک مستقیم نکند.'
].join('\n')

const chinese = [
  '边境集市重新开放',
  '',
  '边境集市在关闭两年之后重新开放，商人们说，人流仍然不多，但每个星期都在好转。整个冬天道路不通的偏远村庄里，农民们开始带着收成回来，「我们等这一天等了很久」，一位卖茶叶的老人说（他在集市上摆摊已经三十年了）。',
  '',
  '另一位商人补充说，新修的公路把路程缩短了一半，如果卡车在检查站不再耽搁，年底之前价格可能会下降。他还说，当局已经答应在明年春天开放第二个口岸，这对整个地区都是好消息。',
  '',
  '市商会的负责人表示，自从集市开放以来，来访的人数增加了一倍，小旅馆多年来第一次住满了客人。不过她也提醒说，燃料价格上涨可能会拖慢这种复苏，除非政府直接补贴运输。'
].join('\n')

const japanese = [
  '国境の市場が再開',
  '',
  '国境の市場が二年ぶりに再開した。商人たちによると、人の流れはまだ少ないが、毎週よくなっているという。冬の間ずっと道が閉ざされていた遠くの村からも、農家が収穫物を持って戻り始めた。「この日をずっと待っていました」と、お茶を売る老人は話した（彼はこの市場で三十年も店を出している）。',
  '',
  '別の商人は、新しい道路で移動の時間が半分になり、検問所での待ち時間がなくなれば、年末までに値段が下がるかもしれないと付け加えた。当局は来年の春に二つ目の検問所を開くと約束しているという。',
  '',
  '商工会議所の責任者は、市場の再開以来、訪れる人の数が倍になり、小さな宿が何年ぶりかで満室になったと述べた。ただし、燃料の値上がりが回復を遅らせるおそれがあると注意を促した。'
].join('\n')

describe('justified paragraphs in right-to-left scripts', () => {
  for (const [name, text, letters] of [
    ['Arabic', arabic, 'ar'],
    ['Persian', persian, 'fa']
  ] as const)
    it(`justifies ${name} paragraphs to both margins, the last line flush right`, async () => {
      const {lines, file} = await render(`markets-${letters}.txt`, text)
      const groups = paragraphs(lines, text.split('\n\n').slice(1))
      inkOf(file, groups.flat())
      expect(groups.length).toBeGreaterThanOrEqual(3)
      for (const group of groups) {
        for (const line of group.slice(0, -1))
          expect(atLeft(line, 2) && atRight(line, 2), `${name} line ${line.xMin}–${line.xMax}: ${line.text}`).toBe(true)
        const last = group.at(-1)!
        expect(atRight(last, 2), `${name} last line ends at ${last.xMax}`).toBe(true)
        expect(atLeft(last, 2), `${name} last line is not stretched: ${last.text}`).toBe(false)
      }
    }, 60_000)
})

describe('justified paragraphs in Chinese and Japanese', () => {
  for (const [name, text] of [
    ['Chinese', chinese],
    ['Japanese', japanese]
  ] as const)
    it(`justifies ${name} paragraphs to both margins, the last line flush left`, async () => {
      const {lines} = await render(`markets-${name.toLowerCase()}.txt`, text)
      const groups = paragraphs(lines, text.split('\n\n').slice(1))
      expect(groups.length).toBeGreaterThanOrEqual(3)
      for (const group of groups) {
        for (const line of group.slice(0, -1))
          expect(atLeft(line) && atRight(line), `${name} line ${line.xMin}–${line.xMax}: ${line.text}`).toBe(true)
        const last = group.at(-1)!
        expect(atLeft(last), `${name} last line starts at ${last.xMin}`).toBe(true)
        expect(atRight(last), `${name} last line is not stretched: ${last.text}`).toBe(false)
      }
    }, 60_000)
})

/** UAX #14 classes CL, CP, IS (ideographic comma and full stop), EX, QU closing and NS small kana may not start a line. */
const noStart = /^[、。，．：；！？」』）】〕〉》〙〗｝］”’ぁぃぅぇぉっゃゅょァィゥェォッャュョー々・]/u
/** Opening punctuation (OP and opening QU) may not end a line. */
const noEnd = /[「『（【〔〈《〘〖｛［“‘]$/u

/**
 * A paragraph dense with punctuation: runs of one to seven ideographs or kana, each followed by a
 * closing mark, an opening bracket or both, so that many lines would end or start at one of them.
 */
function punctuated(letters: string): string {
  const marks = ['、', '。', '」', '）', '「', '（', '，', '』', '『', '！', '？', '：']
  let out = ''
  for (let i = 0; i < 160; i++) {
    const run = Array.from({length: 1 + ((i * 5) % 7)}, (_, j) => letters[(i * 3 + j) % letters.length]).join('')
    out += run + marks[(i * 7) % marks.length]!
  }
  return out
}

describe('CJK line breaking (UAX #14)', () => {
  for (const [name, letters] of [
    ['Chinese', '边境集市在关闭两年之后重新开放商人们说人流仍然不多'],
    ['Japanese', '国境の市場が二年ぶりに再開したちょっとまってキャッシュ']
  ] as const)
    it(`starts no ${name} line with closing punctuation and ends none with an opening bracket`, async () => {
      const paragraph = punctuated(letters)
      const {lines} = await render(`breaks-${name.toLowerCase()}.txt`, `集市\n\n${paragraph}\n`)
      // The paragraph's lines where they hold it whole, in order (it may be quoted elsewhere too).
      const groups = paragraphs(lines, [paragraph]).map((group) => group.map((line) => line.text.replace(/\s+/gu, '')))
      const body = groups.find((group) => group.join('') === paragraph)
      expect(body, groups.map((group) => group.join('')).join('\n')).toBeDefined()
      expect(body!.length).toBeGreaterThan(10)
      for (const line of body!) {
        expect(line, `a line starts with closing punctuation: ${line}`).not.toMatch(noStart)
        expect(line, `a line ends with an opening bracket: ${line}`).not.toMatch(noEnd)
      }
    }, 60_000)
})

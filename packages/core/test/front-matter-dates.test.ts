/** Front matter dates as static site generators write them (issue 20's corpus: two Markdown pages failed). */
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'

describe('front matter dates with a time', () => {
  it('take the day as written (Jekyll and Hugo write a time after it)', () => {
    for (const [written, day] of [
      ['2023-11-02 08:00:00 -0300', '2023-11-02'],
      ['2021-07-09T18:04:12.311Z', '2021-07-09']
    ]) {
      const text = `---\ntitle: A post\ndate: ${written}\n---\nA first paragraph of the post, long enough to be content.\n\nA second one.\n`
      const result = normalizeSource({path: 'post.md', bytes: new TextEncoder().encode(text), meta: null}, {lang: 'en'})
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '))
      expect(result.publication.date?.value).toBe(day)
    }
  })
})

/**
 * A static site's Markdown carries its generator's template tags (Jekyll's Liquid `{% include … %}`,
 * Hugo's shortcodes `{{< figure … >}}`): they are listed as removed with a reason, never published
 * as text. A sentence that mentions braces stays. Every word here is invented.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'

describe('template tags in Markdown', () => {
  it('lists Liquid and Hugo tags as removed and keeps them out of the text', () => {
    const result = normalizeSource({
      path: 'post.md',
      bytes: new TextEncoder().encode(
        [
          '# Parks by the river',
          '',
          '{% include lead-image.html %}',
          '',
          'Some towns are measured by their parks, and ours has three along the river.',
          '',
          '{{< figure src="/img/river.png" caption="The river park in May" >}}',
          '',
          'In templates, `{{ page.title }}` prints the title; here it is only an example.',
          '',
          '{% include share.html %} {% include author-bio.html author="irene" %}'
        ].join('\n')
      ),
      meta: null
    })
    if (!result.ok) throw new Error('not normalized')
    const publication = result.publication
    const text = publication.body.map((b) => b.text).join('\n')
    expect(text).not.toMatch(/\{%|\{\{</u)
    expect(text).toContain('`{{ page.title }}`'.replace(/`/gu, ''))
    expect(publication.removed.filter((r) => r.rule === 'markup/template-tag').map((r) => r.line)).toEqual([3, 7, 11])
  })
})

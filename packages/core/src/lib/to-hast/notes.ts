/**
 * Notes as HTML, the same for the site and the EPUB: a marker is a superscript link with the
 * DPUB-ARIA role `doc-noteref`; the notes are an ordered list in a section with the role
 * `doc-endnotes`, each note ending in `doc-backlink` links to its markers
 * (https://www.w3.org/TR/dpub-aria-1.1/). In EPUB each role is paired with its `epub:type`
 * (`noteref`, `endnotes`: https://www.w3.org/TR/epub-ssv-11/), as Ace by DAISY requires. The
 * list items carry no role: `doc-endnote` is deprecated in DPUB-ARIA 1.1, which puts notes in a list.
 */
import {interfaceWords} from '../i18n/index.js'
import type {Element, ElementContent, Properties} from 'hast'
import type {Root as MdastRoot, FootnoteReference} from 'mdast'
import {toHast, type State} from 'mdast-util-to-hast'
import type {Block, Footnote} from '../model/publication.js'

/** How notes are marked up. */
export interface NoteOptions {
  /** Add the EPUB 3 `epub:type` that matches each DPUB-ARIA role (for EPUB content documents, not the site). */
  epub?: boolean
}

/** What the notes section needs beyond `NoteOptions`. */
export interface FootnotesOptions extends NoteOptions {
  /** The section's heading, in the publication's language ("Notes"). */
  heading: string
  /** Heading rank of the section (2 under a page title). */
  rank?: number
  /** Accessible name of a back-link to marker `n` of note `number`; core's `noteBackLabel` term in `lang` by default. */
  backLabel?: (number: number, n: number) => string
  /** The publication's language, for the back-links' names. */
  lang?: string
}

const epubType = (options: NoteOptions, type: string): Properties => (options.epub ? {'epub:type': type} : {})

/** The `footnoteReference` handler for mdast-util-to-hast: `<sup><a href="#fn1" id="fnref1" role="doc-noteref">1</a></sup>`. */
export function noteRefHandler(options: NoteOptions) {
  return (state: State, node: FootnoteReference): Element => {
    const refId = node.data?.refId
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: {
        href: `#${node.identifier}`,
        ...(refId ? {id: refId} : {}),
        role: 'doc-noteref',
        ...epubType(options, 'noteref')
      },
      // `[1]`, as pages print markers: the same text in every format and in the dataset's plain text.
      children: [{type: 'text', value: `[${node.label ?? node.identifier}]`}]
    }
    state.patch(node, link)
    return {type: 'element', tagName: 'sup', properties: {}, children: [link]}
  }
}

/** The notes of a publication as one `doc-endnotes` section (an empty list when there are none). */
export function footnotesToHast(footnotes: Footnote[], options: FootnotesOptions): ElementContent[] {
  if (footnotes.length === 0) return []
  const rank = Math.min(6, options.rank ?? 2)
  const words = interfaceWords(options.lang ?? 'en')
  const backLabel =
    options.backLabel ??
    ((number, n) => {
      const label = words.term('noteBackLabel', {number})
      return n === 1 ? label : `${label} (${n})`
    })
  const items: ElementContent[] = footnotes.map((note) => {
    const blocks = note.content.flatMap((block) => {
      const root: MdastRoot = {type: 'root', children: [block.tree]}
      const tree = toHast(root, {allowDangerousHtml: false, handlers: {footnoteReference: noteRefHandler(options)}})
      const nodes = (tree.type === 'root' ? tree.children : [tree]) as ElementContent[]
      return withBlockLanguage(nodes, block)
    })
    const backs: ElementContent[] = note.refs.flatMap((ref, index) => [
      {type: 'text', value: ' '},
      {
        type: 'element',
        tagName: 'a',
        properties: {href: `#${ref}`, role: 'doc-backlink', ariaLabel: backLabel(note.number, index + 1)},
        children: [{type: 'text', value: '↩\uFE0E'}]
      }
    ])
    const last = blocks.findLast((node): node is Element => node.type === 'element' && node.tagName === 'p')
    if (last) last.children.push(...backs)
    else blocks.push({type: 'element', tagName: 'p', properties: {}, children: backs})
    return {type: 'element', tagName: 'li', properties: {id: note.id}, children: blocks}
  })
  return [
    {
      type: 'element',
      tagName: 'section',
      properties: {
        id: 'footnotes',
        className: ['footnotes'],
        role: 'doc-endnotes',
        ariaLabelledBy: ['footnotes-title'],
        ...epubType(options, 'endnotes')
      },
      children: [
        {
          type: 'element',
          tagName: `h${rank}`,
          properties: {id: 'footnotes-title'},
          children: [{type: 'text', value: options.heading}]
        },
        {type: 'element', tagName: 'ol', properties: {}, children: items}
      ]
    }
  ]
}

/** Put a block's own `lang` and `dir` (where it differs from its publication's) on its top-level elements. */
export function withBlockLanguage(nodes: ElementContent[], block: Pick<Block, 'lang' | 'dir'>): ElementContent[] {
  if (!block.lang && !block.dir) return nodes
  return nodes.map((node) =>
    node.type === 'element'
      ? {
          ...node,
          properties: {
            ...node.properties,
            ...(block.lang ? {lang: block.lang} : {}),
            ...(block.dir ? {dir: block.dir} : {})
          }
        }
      : node
  )
}

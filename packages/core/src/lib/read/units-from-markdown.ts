/**
 * Read a Markdown source (CommonMark + GFM, YAML front matter) into units.
 * Markdown keeps its inline trees, so emphasis and links reach the renderers. Anything that could
 * become active or load from another host (raw HTML, `javascript:` links, images) is made inert
 * here, with a warning, so no renderer has to be trusted with it.
 */
import type {BlockContent, Definition, List, ListItem, PhrasingContent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Message} from '../model/publication.js'
import {messageAt} from '../messages.js'
import type {Unit} from '../normalize/unit.js'
import {boundMarkdown} from './bound-markdown.js'
import {sanitizePhrasing} from './sanitize-markdown.js'
import {blockText} from '../text/block-text.js'

export interface MarkdownUnits {
  units: Unit[]
  /** Raw front matter, YAML (`---`) or TOML (`+++`, Hugo's), with the lines it spans. */
  frontMatter: {yaml: string; format: 'yaml' | 'toml'; line: number; endLine: number} | null
  /** Lines that are structure only (link definitions), to be listed as removed. */
  rules: number[]
  /** Lines of paragraphs made only of a site generator's template tags (Liquid `{% … %}`, Hugo `{{< … >}}`). */
  templates: number[]
  warnings: Message[]
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/** Parse Markdown text (its nesting bounded first, bound-markdown.ts) and flatten its top-level blocks into units. */
export function unitsFromMarkdown(file: string, source: string): MarkdownUnits {
  const {text, warnings} = boundMarkdown(file, source)
  const units = unitsFromMdast(file, parser.parse(text) as Root, (item) => typedNumber(item, text))
  units.warnings.unshift(...warnings)
  return units
}

/**
 * Flatten the top-level blocks of an mdast tree into units, made inert. Markdown and saved web
 * pages (read/html/) share it, so both are read by the same conventions. `listNumber` gives the
 * number an ordered-list item showed in its source.
 */
export function unitsFromMdast(
  file: string,
  root: Root,
  listNumber: (item: ListItem, index: number, list: List) => string | null
): MarkdownUnits {
  const warnings: Message[] = []
  const definitions = new Map<string, Definition>()
  for (const node of root.children) {
    if (node.type === 'definition') definitions.set(node.identifier, node)
  }
  const warn = (code: string, message: string, line: number | null) =>
    warnings.push(messageAt(file, code, message, line))
  const clean = (children: PhrasingContent[], line: number) =>
    sanitizePhrasing(children, definitions, (code, message) => warn(code, message, line))

  const units: Unit[] = []
  const rules: number[] = []
  const templates: number[] = []
  let frontMatter: MarkdownUnits['frontMatter'] = null

  const push = (node: BlockContent, extra: Partial<Unit> = {}) => {
    const line = node.position?.start.line ?? 1
    const endLine = node.position?.end.line ?? line
    const tree = sanitizeBlock(node, (children) => clean(children, line))
    units.push({
      line,
      endLine,
      text: blockText(tree),
      tree,
      strong: false,
      heading: 0,
      listNumber: null,
      role: null,
      ...extra
    })
  }

  for (const node of root.children as RootContent[]) {
    const line = node.position?.start.line ?? 1
    // Hugo's `+++` front matter (mdast's types list only YAML's node).
    if ((node as {type: string}).type === 'toml') {
      const value = (node as unknown as {value: string}).value
      frontMatter = {yaml: value, format: 'toml', line, endLine: node.position?.end.line ?? line}
      continue
    }
    switch (node.type) {
      case 'yaml':
        frontMatter = {yaml: node.value, format: 'yaml', line, endLine: node.position?.end.line ?? line}
        break
      case 'definition':
        // Definitions are folded into their links; the line is structure, not content.
        rules.push(line)
        break
      case 'thematicBreak':
        // A scene break is content structure (a thematic break), kept as a block of its own.
        push(node)
        break
      case 'html':
        warn('markup/html-as-text', 'raw HTML is shown as text, never rendered', line)
        push({type: 'paragraph', children: [{type: 'text', value: node.value}], position: node.position})
        break
      case 'heading':
        push(node, {heading: node.depth})
        break
      case 'paragraph': {
        // "{% include share.html %}", "{{< figure src=… >}}": the generator's tags, never text.
        if (templateOnly.test(toString(node))) {
          for (let at = line; at <= (node.position?.end.line ?? line); at++) templates.push(at)
          break
        }
        const only = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
        push(node, {strong: only.length === 1 && only[0]!.type === 'strong'})
        break
      }
      case 'list':
        if (node.ordered && node.children.some(isQuestionItem)) {
          for (const [index, item] of node.children.entries()) pushListItem(item, listNumber(item, index, node), push)
        } else push(node)
        break
      case 'footnoteDefinition':
        // Each paragraph of a note is a unit labelled with the note; `read-notes.ts` claims them.
        for (const child of node.children)
          if (child.type !== 'definition') push(child as BlockContent, {note: node.label ?? node.identifier})
        break
      default:
        push(node as BlockContent)
    }
  }
  return {units, frontMatter, rules, templates, warnings}
}

/** One or more Liquid (`{% … %}`, `{{ … }}`) or Hugo shortcode (`{{< … >}}`, `{{% … %}}`) tags and nothing else. */
const templateOnly = /^(?:\s*(?:\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}))+\s*$/u

/** An ordered-list item that reads as a question ("1. Why now?"). */
function isQuestionItem(item: ListItem): boolean {
  const first = item.children[0]
  return first?.type === 'paragraph' && /\?["”’)\]]*$/.test(toString(first).trim())
}

/** The number a Markdown list item was typed with ("1." twice stays "1"). */
function typedNumber(item: ListItem, source: string): string | null {
  const offset = item.position?.start.offset
  return offset === undefined ? null : (/^\s*(\d{1,9})[.)]/.exec(source.slice(offset, offset + 12))?.[1] ?? null)
}

/** Split an ordered list of questions into one unit per paragraph, keeping the number as typed. */
function pushListItem(item: ListItem, typed: string | null, push: (node: BlockContent, extra?: Partial<Unit>) => void) {
  item.children.forEach((child, index) => {
    if (child.type === 'definition') return
    push(child as BlockContent, index === 0 ? {listNumber: typed} : {})
  })
}

/** Apply the phrasing sanitizer to every paragraph-like node inside a block. */
function sanitizeBlock(node: BlockContent, clean: (children: PhrasingContent[]) => PhrasingContent[]): BlockContent {
  const walk = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value
    const record = value as {type?: string; children?: unknown[]}
    if (record.type === 'paragraph' || record.type === 'heading' || record.type === 'tableCell') {
      return {...record, children: clean(record.children as PhrasingContent[])}
    }
    if (record.type === 'html') return {type: 'paragraph', children: clean([record as PhrasingContent])}
    if (Array.isArray(record.children)) return {...record, children: record.children.map(walk)}
    return value
  }
  return walk(node) as BlockContent
}

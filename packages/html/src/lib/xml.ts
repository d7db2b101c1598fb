/**
 * Serialize the site's XML files (Atom feed, sitemap) so they are well-formed whatever the text holds.
 *
 * xast-util-to-xml escapes `&` and `<` and drops C0 controls, but XML 1.0 also forbids the sequence
 * `]]>` in character data (https://www.w3.org/TR/xml/#syntax: "must not contain the literal string
 * ']]>'") and the characters outside its Char production (https://www.w3.org/TR/xml/#charsets): the
 * noncharacters U+FFFE and U+FFFF and surrogates that are not part of a pair. A title with `]]>` made
 * feed.xml unreadable to every feed reader. Here every text and attribute value loses the characters
 * XML cannot carry, and `>` after `]]` is written `&gt;` (the output has no CDATA section, so `]]>`
 * can only be text or an attribute value, where `&gt;` means the same).
 */
import type {Nodes, Root} from 'xast'
import {toXml} from 'xast-util-to-xml'

/** Characters outside XML 1.0's Char production (tab, line feed and carriage return are allowed). */
const notXml =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** `text` without the characters XML 1.0 cannot carry. */
export function xmlChars(text: string): string {
  return text.replace(notXml, '')
}

/** The XML text of a tree whose text and attribute values may hold anything. */
export function serializeXml(tree: Root): string {
  clean(tree)
  return toXml(tree).replaceAll(']]>', ']]&gt;')
}

/** Remove non-XML characters from every text and attribute value, in place (iteratively). */
function clean(tree: Root): void {
  const pending: Nodes[] = [tree]
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node.type === 'text') node.value = xmlChars(node.value)
    if (node.type === 'element')
      for (const [key, value] of Object.entries(node.attributes))
        if (typeof value === 'string') node.attributes[key] = xmlChars(value)
    if ('children' in node) pending.push(...node.children)
  }
}

/**
 * Counts the word alternatives written inline in a source file's regular expressions, for the
 * "no word lists outside `languages/`" ratchet (test/languages.test.ts). A regular expression is a
 * regex literal, or a string or template literal passed to `new RegExp(…)` (a template's `${…}`
 * parts are left out: what they insert is counted where it is written). In every group with two or
 * more alternatives (and at the top level), an alternative is a word when it holds two or more
 * literal letters (`\p{L}`, `\s` and other escapes are not letters); `(?:mr|mrs|dr)` is 3 words.
 * Identifiers that are not words of a language (ISO codes, rule ids, node types) are left out when
 * a comment `// not words: <what they are>` is on the expression's line or one of the two before.
 */
import ts from 'typescript'

export interface RegexWords {
  /** 1-based line of the expression. */
  line: number
  /** Word alternatives in it. */
  words: number
  /** The pattern's first characters, to find it. */
  excerpt: string
}

/** Word alternatives of one pattern's source text. */
export function wordAlternatives(pattern: string): number {
  // Split into groups: a stack of alternatives per open group; each alternative's literal letters.
  const stack: number[][] = [[0]]
  let total = 0
  const close = (alternatives: number[]) => {
    if (alternatives.length < 2) return
    total += alternatives.filter((letters) => letters >= 2).length
  }
  let inClass = false
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!
    const top = stack[stack.length - 1]!
    if (char === '\\') {
      // \p{L}, \u{…}: skip the braces too; any other escape is one character and not a letter.
      const next = pattern[index + 1]
      const braced = (next === 'p' || next === 'P' || next === 'u') && pattern[index + 2] === '{'
      const end = braced ? pattern.indexOf('}', index) : next === 'k' ? pattern.indexOf('>', index) : -1
      index = end > index ? end : index + 1
      continue
    }
    if (inClass) {
      if (char === ']') inClass = false
      continue
    }
    if (char === '[') inClass = true
    else if (char === '(') {
      // Skip a group's prefix: (?:, (?=, (?!, (?<=, (?<!, (?<name>.
      if (pattern[index + 1] === '?') {
        const rest = pattern.slice(index + 2)
        const named = /^<(?![=!])[^>]*>/.exec(rest)
        index += 2 + (named ? named[0].length : rest.startsWith('<') ? 2 : 1) - 1
      }
      stack.push([0])
    } else if (char === ')') {
      if (stack.length > 1) close(stack.pop()!)
    } else if (char === '|') top.push(0)
    else if (char === '{') {
      const end = pattern.indexOf('}', index)
      if (/^\{\d*,?\d*\}$/.test(pattern.slice(index, end + 1))) index = end
    } else if (/\p{L}/u.test(char)) top[top.length - 1]! += 1
  }
  while (stack.length > 0) close(stack.pop()!)
  return total
}

/**
 * Every regular expression of a TypeScript source with its word alternatives: regex literals, and
 * string and template literals holding a `|` (the sources of `new RegExp(…)`, written whole or in
 * parts; a template's `${…}` is left out, what it inserts is counted where it is written), and
 * arrays of two or more string literals that are all words (a word list joined into a pattern later).
 */
export function regexWords(source: string, fileName = 'file.ts'): RegexWords[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const found: RegexWords[] = []
  const lines = source.split('\n')
  const add = (node: ts.Node, pattern: string, words = wordAlternatives(pattern)) => {
    if (words === 0) return
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
    // "// not words: ISO 639-3 codes" on the line or the two before marks identifiers, not words.
    if (lines.slice(Math.max(0, line - 3), line).some((text) => /\/\/ not words: \S/.test(text))) return
    found.push({line, words, excerpt: pattern.slice(0, 60)})
  }
  // A string's source text unescaped once ('\\b' → '\b'), as RegExp sees it.
  const raw = (node: ts.LiteralLikeNode): string => {
    const text = node.getText(file)
    return text.slice(1, text.endsWith('${') ? -2 : -1).replace(/\\\\/g, '\\')
  }
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      add(node, node.text.slice(1, node.text.lastIndexOf('/')))
      return
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const text = raw(node)
      if (text.includes('|')) add(node, text)
      return
    }
    if (ts.isTemplateExpression(node)) {
      const text = [raw(node.head), ...node.templateSpans.map((span) => raw(span.literal))].join('')
      if (text.includes('|')) add(node, text)
      for (const span of node.templateSpans) visit(span.expression)
      return
    }
    // A list of concepts or languages given to `lexicon()` names data, it is not a word list.
    const namesData =
      node.parent !== undefined &&
      ts.isCallExpression(node.parent) &&
      /^(?:lexicon|phrases)$/.test(node.parent.expression.getText(file))
    if (ts.isArrayLiteralExpression(node) && node.elements.length >= 2 && !namesData) {
      const words = node.elements.map((element) => (ts.isStringLiteral(element) ? element.text : null))
      if (
        words.every(
          (word) => word !== null && /^[\p{L}\p{M}][\p{L}\p{M}\u200c .'’-]*$/u.test(word) && /\p{L}.*\p{L}/u.test(word)
        )
      ) {
        add(node, words.join('|'), words.length)
        return
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

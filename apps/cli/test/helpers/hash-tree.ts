/** sha256 of every file below a folder, by relative path (`/` separators); `.cache` (the store and state) is left out. */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const visit = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), {withFileTypes: true})) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (child === '.cache') continue
      if (entry.isDirectory()) visit(child)
      else
        out[child] = createHash('sha256')
          .update(readFileSync(path.join(dir, child)))
          .digest('hex')
    }
  }
  visit('')
  return out
}

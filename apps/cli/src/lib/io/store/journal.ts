/**
 * What the stores of one build met, told once: each store keeps a `Journal` (in whichever thread
 * it runs), the build gathers their reports in a `StoreLog`, which says in warnings what went
 * wrong (naming the store) and which results reached it.
 */
import {type Message, messageAt} from '@dossier/core'
import {type Damage, emptyReport, type StoreReport, type StoreSpec} from './types.js'

/** One store's record of what it met since it was last asked. */
export class Journal {
  private current = emptyReport()
  private readonly failures = new Map<string, number>()
  constructor(readonly at: string) {}
  damaged(key: string, why: Damage): void {
    this.current.damaged.push({at: this.at, key, why})
  }
  fail(what: string): void {
    this.failures.set(what, (this.failures.get(what) ?? 0) + 1)
  }
  down(why: string, writes = false): void {
    this.current.down.push({at: this.at, why, writes})
  }
  wrote(key: string): void {
    this.current.written.push(key)
  }
  found(key: string): void {
    this.current.found.push(key)
  }
  unwritten(key: string): void {
    this.current.unwritten.push(key)
  }
  /** Everything since the last call. */
  take(): StoreReport {
    const report = this.current
    report.failed = [...this.failures].map(([what, count]) => ({at: this.at, what, count}))
    this.current = emptyReport()
    this.failures.clear()
    return report
  }
}

/** What every store of a build met, gathered from every thread. */
export class StoreLog {
  private readonly damaged = new Map<string, Map<string, Damage>>()
  private readonly failed = new Map<string, Map<string, number>>()
  private readonly down = new Map<string, Map<string, boolean>>()
  private readonly written = new Set<string>()
  private readonly found = new Set<string>()
  private readonly unwritten = new Set<string>()
  /** `spec` learns when its remote is given up, so worker threads started later do not wait for it again. */
  constructor(private readonly spec: StoreSpec) {}

  add(report: StoreReport | undefined): void {
    if (!report) return
    for (const {at, key, why} of report.damaged) group(this.damaged, at).set(key, why)
    for (const {at, what, count} of report.failed) {
      const counts = group(this.failed, at)
      counts.set(what, (counts.get(what) ?? 0) + count)
    }
    for (const {at, why, writes} of report.down) {
      group(this.down, at).set(why, writes)
      const remote = this.spec.remote
      if (remote?.url === at && writes) remote.refused ??= why
      else if (remote?.url === at) remote.down ??= why
    }
    for (const key of report.written) this.written.add(key)
    for (const key of report.found) this.found.add(key)
    for (const key of report.unwritten) this.unwritten.add(key)
  }

  /** Whether the store (the remote, for a remote store) is known to hold `key`. */
  holds(key: string): boolean {
    return this.written.has(key) || this.found.has(key)
  }

  /** Results written to the store by this build. */
  get writtenCount(): number {
    return this.written.size
  }

  /** Where results go: the remote, else the folder. */
  get destination(): string {
    return this.spec.remote?.url ?? this.spec.folder
  }

  /** One warning per store and kind of trouble, naming the store. */
  warnings(): Message[] {
    const messages: Message[] = []
    for (const [at, entries] of this.damaged) {
      const keys = [...entries.keys()]
      const unsealed = [...entries.values()].filter((why) => why === 'unsealed').length
      const example = keys
        .slice(0, 3)
        .map((key) => `${key.slice(0, 14)}…`)
        .join(', ')
      messages.push(
        messageAt(
          at,
          'store/damaged',
          `${keys.length} stored result(s) failed their check and were discarded and made again (${[
            keys.length - unsealed > 0 ? `${keys.length - unsealed} damaged: the bytes do not match their sha256` : '',
            unsealed > 0 ? `${unsealed} without an integrity record: an older Dossier's, or damaged` : ''
          ]
            .filter(Boolean)
            .join('; ')}; e.g. ${example})`,
          null,
          'warning'
        )
      )
    }
    const missing = [...this.unwritten].filter((key) => !this.holds(key)).length
    const places = new Set([...this.failed.keys(), ...this.down.keys(), ...(missing > 0 ? [this.destination] : [])])
    for (const at of places) {
      const parts = [
        ...[...(this.down.get(at) ?? new Map<string, boolean>())].map(([why, writes]) =>
          writes ? `${why}; nothing more was sent to it` : `${why}; the build went on without it`
        ),
        ...[...(this.failed.get(at) ?? new Map<string, number>())].map(([what, count]) =>
          count > 1 ? `${what} (${count} times)` : what
        )
      ]
      if (at === this.destination && missing > 0) parts.push(`${missing} result(s) did not reach it`)
      messages.push(messageAt(at, 'store/failed', parts.join('; '), null, 'warning'))
    }
    return messages
  }
}

function group<V>(map: Map<string, Map<string, V>>, at: string): Map<string, V> {
  if (!map.has(at)) map.set(at, new Map())
  return map.get(at)!
}

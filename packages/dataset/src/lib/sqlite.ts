/**
 * `dossier.sqlite`: the dataset as one SQLite database, made with sql.js (SQLite compiled to
 * WebAssembly, inside its npm package: nothing to download or compile). Tables, keys and indexes
 * come from core's `sqliteTables`; rows from each publication's part, inserted in the collection's
 * order, so the same sources give the same bytes (https://www.sqlite.org/fileformat.html: no clock
 * or randomness in the file; page size, encoding and schema version are set here).
 */
import {type CellValue, type ColumnSpec, sqliteTables, type TableRows, type TableSpec} from '@dossier/core'
import initSqlJs from 'sql.js'

/** What the file is made of: the collection's row, then each publication's rows in order. */
export interface SqliteInput {
  collection: CellValue[]
  tables: () => AsyncIterable<TableRows>
  /** `sql-wasm.wasm` from the sql.js package (read by the CLI as an asset). */
  wasm: Uint8Array
}

/** Bumped when a table or column changes, so a reader can tell (`PRAGMA user_version`). */
export const sqliteSchemaVersion = 1

const quote = (name: string) => `"${name}"`

/** The `CREATE TABLE` statement of a table, with its primary and declared foreign keys. */
export function createTable(table: TableSpec): string {
  const column = (c: ColumnSpec) => `  ${quote(c.name)} ${c.type}${c.nullable ? '' : ' NOT NULL'}`
  const keys = table.columns
    .filter((c) => c.references)
    .map(
      (c) =>
        `  FOREIGN KEY (${quote(c.name)}) REFERENCES ${quote(c.references!.table)} (${quote(c.references!.column)})`
    )
  const lines = [...table.columns.map(column), `  PRIMARY KEY (${table.primaryKey.map(quote).join(', ')})`, ...keys]
  return `CREATE TABLE ${quote(table.name)} (\n${lines.join(',\n')}\n)${table.withoutRowid ? ' WITHOUT ROWID' : ''}`
}

/** The `CREATE INDEX` statements of a table, one per join column set. */
export function createIndexes(table: TableSpec): string[] {
  return table.indexes.map(
    (columns) =>
      `CREATE INDEX ${quote(`${table.name}_${columns.join('_')}`)} ON ${quote(table.name)} (${columns.map(quote).join(', ')})`
  )
}

/** The database file's bytes. */
export async function renderSqlite(input: SqliteInput): Promise<Uint8Array> {
  const SQL = await initSqlJs({wasmBinary: toArrayBuffer(input.wasm)})
  const db = new SQL.Database()
  try {
    // Before the first table: these fix the file's layout (the defaults could change between releases).
    db.run('PRAGMA page_size = 4096')
    db.run("PRAGMA encoding = 'UTF-8'")
    db.run('PRAGMA journal_mode = OFF')
    // Speed only, never the bytes: sql.js keeps the file in Emscripten's in-memory file system, and
    // each page SQLite's cache (2,000 pages by default) gives back is written there through
    // JavaScript. A 64 MiB cache halved the inserts of 200 bench publications (4.2 → 2.0 s).
    db.run('PRAGMA cache_size = -65536')
    db.run('PRAGMA synchronous = OFF')
    db.run('PRAGMA temp_store = MEMORY')
    db.run('PRAGMA foreign_keys = ON')
    db.run(`PRAGMA user_version = ${sqliteSchemaVersion}`)
    for (const table of sqliteTables) db.run(createTable(table))
    const inserts = new Map(
      sqliteTables.map((table) => {
        const verb = table.name === 'people' || table.name === 'outlets' ? 'INSERT OR IGNORE' : 'INSERT'
        const marks = table.columns.map(() => '?').join(', ')
        return [table.name, db.prepare(`${verb} INTO ${quote(table.name)} VALUES (${marks})`)] as const
      })
    )
    db.run('BEGIN')
    inserts.get('collection')!.run(input.collection)
    for await (const tables of input.tables())
      for (const [name, rows] of Object.entries(tables)) {
        const insert = inserts.get(name as keyof TableRows)!
        for (const row of rows) insert.run(row)
      }
    for (const insert of inserts.values()) insert.free()
    db.run('COMMIT')
    for (const table of sqliteTables) for (const statement of createIndexes(table)) db.run(statement)
    db.run('ANALYZE')
    return db.export()
  } finally {
    db.close()
  }
}

/** A copy of the bytes as the ArrayBuffer sql.js expects. */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

// Sessions in SQLite (better-sqlite3): the default store, a file under the project. WAL mode,
// expired rows swept on write.

import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Session, SessionStore } from './types.ts'

export class SqliteStore implements SessionStore {
  readonly #db: Database.Database
  readonly #insert: Database.Statement
  readonly #select: Database.Statement
  readonly #remove: Database.Statement
  readonly #sweep: Database.Statement
  #writes = 0

  /** `file` e.g. `<project>/.mpsim/sessions.sqlite`; `:memory:` for a throwaway one. */
  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
    this.#db = new Database(file)
    this.#db.pragma('journal_mode = WAL')
    this.#db.exec(
      `CREATE TABLE IF NOT EXISTS sessions (
         id TEXT PRIMARY KEY, data TEXT NOT NULL, expires_at INTEGER NOT NULL)`,
    )
    this.#insert = this.#db.prepare(
      'INSERT OR REPLACE INTO sessions (id, data, expires_at) VALUES (?, ?, ?)',
    )
    this.#select = this.#db.prepare('SELECT data FROM sessions WHERE id = ? AND expires_at > ?')
    this.#remove = this.#db.prepare('DELETE FROM sessions WHERE id = ?')
    this.#sweep = this.#db.prepare('DELETE FROM sessions WHERE expires_at <= ?')
  }

  async put(session: Session) {
    this.#insert.run(session.id, JSON.stringify(session), session.expiresAt)
    if (++this.#writes % 1000 === 0) this.#sweep.run(Date.now())
  }

  async get(id: string, now: number) {
    const row = this.#select.get(id, now) as { data: string } | undefined
    return row ? (JSON.parse(row.data) as Session) : null
  }

  async delete(id: string) {
    this.#remove.run(id)
  }

  async close() {
    this.#db.close()
  }
}

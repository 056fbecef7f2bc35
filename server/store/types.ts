// Where sessions live. One small interface so a server can keep them in SQLite (one instance,
// a file under the project) or Redis (several instances), or in memory for a test.

export interface Session {
  id: string
  appId: string
  openid: string
  unionid?: string
  /** The platform's key for this user's data; never leaves the server, never logged. */
  sessionKey: string
  userInfo?: Record<string, unknown>
  createdAt: number
  expiresAt: number
}

export interface SessionStore {
  put(session: Session): Promise<void>
  /** The session, or null when unknown, revoked or past its expiry. */
  get(id: string, now: number): Promise<Session | null>
  delete(id: string): Promise<void>
  close(): Promise<void>
}

export class MemoryStore implements SessionStore {
  readonly #sessions = new Map<string, Session>()
  async put(session: Session) {
    this.#sessions.set(session.id, session)
  }
  async get(id: string, now: number) {
    const session = this.#sessions.get(id)
    return session && session.expiresAt > now ? session : null
  }
  async delete(id: string) {
    this.#sessions.delete(id)
  }
  async close() {}
}

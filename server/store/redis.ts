// Sessions in Redis (ioredis): what several server instances share. Each session is one key
// that Redis expires itself.

import { Redis } from 'ioredis'
import type { Session, SessionStore } from './types.ts'

export class RedisStore implements SessionStore {
  readonly redis: Redis
  readonly #prefix: string
  #owned: boolean

  constructor(redis: Redis | string, options: { prefix?: string } = {}) {
    this.#owned = typeof redis === 'string'
    this.redis = typeof redis === 'string' ? new Redis(redis, { lazyConnect: false }) : redis
    this.#prefix = options.prefix ?? 'mpsim:session:'
  }

  async put(session: Session) {
    const ttl = Math.max(1, session.expiresAt - Date.now())
    await this.redis.set(this.#prefix + session.id, JSON.stringify(session), 'PX', ttl)
  }

  async get(id: string, now: number) {
    const text = await this.redis.get(this.#prefix + id)
    if (!text) return null
    const session = JSON.parse(text) as Session
    return session.expiresAt > now ? session : null
  }

  async delete(id: string) {
    await this.redis.del(this.#prefix + id)
  }

  async close() {
    if (this.#owned) await this.redis.quit()
  }
}

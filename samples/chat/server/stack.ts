// The chat's whole backend on loopback, in either layout: Wafer 2 (the chat server logs users in
// itself) or Wafer 1 (a session service does, the chat server asks it), sessions in SQLite or
// Redis, the tunnel service alone or on Redis. Tests, the bench and start.ts use it.

import { join } from 'node:path'
import { createLocalAuth } from '../../../server/auth/local.ts'
import { createRemoteAuth } from '../../../server/auth/remote.ts'
import type { Authenticator } from '../../../server/auth/types.ts'
import type { Listening, Logger } from '../../../server/http-util.ts'
import { type PlatformService, startPlatform } from '../../../server/platform/service.ts'
import { startSessionService } from '../../../server/session-service/service.ts'
import { RedisStore } from '../../../server/store/redis.ts'
import { SqliteStore } from '../../../server/store/sqlite.ts'
import { type TunnelService, startTunnelService } from '../../../server/tunnel/service.ts'
import { startChatServer } from './chat-server.ts'

export const CHAT_APP_ID = 'wxmpsimchat000001'

export interface ChatStackOptions {
  layout: 'wafer1' | 'wafer2'
  store: 'sqlite' | 'redis'
  /** Folder of the SQLite file. */
  dataDir: string
  redisUrl?: string
  /** Also run the tunnel service on Redis. */
  tunnelOnRedis?: boolean
  /** Fixed ports (start.ts); 0 or absent: free ones. */
  ports?: { platform?: number; tunnel?: number; session?: number; chat?: number }
  log?: Logger
  ratePerMinute?: number
}

export interface ChatStack {
  platform: PlatformService
  tunnel: TunnelService
  session?: Listening
  chat: Listening
  auth: Authenticator
  /** Every secret this stack made, for tests that check logs never show one. */
  secrets: string[]
  close(): Promise<void>
}

/** Development secrets, made per start: a real deployment reads its own (docs/backend.md). */
function devSecret(name: string, made: string[]): string {
  const secret = `${name}-${crypto.randomUUID()}`
  made.push(secret)
  return secret
}

export async function startChatStack(options: ChatStackOptions): Promise<ChatStack> {
  const secrets: string[] = []
  const appSecret = devSecret('app', secrets)
  const tunnelSecret = devSecret('tunnel', secrets)
  const ports = options.ports ?? {}
  const log = options.log
  const platform = await startPlatform({
    apps: { [CHAT_APP_ID]: appSecret },
    port: ports.platform,
    ratePerMinute: options.ratePerMinute,
    log,
  })
  const tunnel = await startTunnelService({
    secret: tunnelSecret,
    port: ports.tunnel,
    redis: options.tunnelOnRedis ? options.redisUrl : undefined,
    log,
  })
  const store =
    options.store === 'redis'
      ? new RedisStore(need(options.redisUrl))
      : new SqliteStore(join(options.dataDir, `sessions-${options.layout}.sqlite`))
  const local = {
    appId: CHAT_APP_ID,
    appSecret,
    store,
    tokenSecret: devSecret('token', secrets),
    platformUrl: platform.url,
    log,
  }
  let session: Listening | undefined
  let auth: Authenticator
  if (options.layout === 'wafer1') {
    const serviceSecret = devSecret('session', secrets)
    session = await startSessionService({ ...local, serviceSecret, port: ports.session })
    auth = createRemoteAuth({ appId: CHAT_APP_ID, url: session.url, serviceSecret })
  } else auth = createLocalAuth(local)
  const chat = await startChatServer({
    auth,
    tunnel: { url: tunnel.url, secret: tunnelSecret },
    port: ports.chat,
    log,
  })
  return {
    platform,
    tunnel,
    session,
    chat,
    auth,
    secrets,
    async close() {
      await chat.close()
      await tunnel.close()
      if (session) await session.close()
      else await auth.close()
      await platform.close()
    },
  }
}

function need(url: string | undefined): string {
  if (!url) throw new Error('the redis store needs redisUrl')
  return url
}

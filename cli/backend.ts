// `mpsim platform`, `mpsim tunnel` and `mpsim session`: the backend services (docs/backend.md)
// on loopback unless --host says otherwise. Secrets come from the environment (or --app for the
// simulated platform's made-up apps) and are never printed.

import type { Logger } from '../server/http-util.ts'
import type { Io } from './report.ts'

export const BACKEND_USAGE = `  platform --app APPID:SECRET [--app ...] [--port N] [--host ADDR]
                                The simulated WeChat platform: GET /sns/jscode2session for
                                servers, the endpoints wx.login uses for launches given
                                { platform: { url, user } } (default port 5780).
  tunnel [--port N] [--host ADDR] [--callback URL] [--redis URL]
                                The tunnel service (WebSocket /ws, signed HTTP API); the
                                secret shared with the business server in MPSIM_TUNNEL_SECRET
                                (default port 5781). --redis: instances share the tunnels.
  session --app APPID [--platform URL] [--db FILE | --redis URL] [--port N] [--host ADDR]
                                The session service (Wafer 1 layout). Secrets from
                                MPSIM_APP_SECRET, MPSIM_TOKEN_SECRET, MPSIM_SESSION_SECRET
                                (default port 5782, --db .mpsim/sessions.sqlite).
`

type Options = Record<string, string[]>

export function parseOptions(argv: string[], known: readonly string[]): Options | string {
  const options: Options = {}
  for (let i = 0; i < argv.length; i++) {
    const [name = '', inline] = (argv[i] as string).split(/=(.*)/s, 2)
    if (!known.includes(name)) return `unknown option ${argv[i]}`
    const value = inline ?? argv[++i]
    if (!value) return `${name} needs a value`
    ;(options[name.slice(2)] ??= []).push(value)
  }
  return options
}

const last = (o: Options, name: string) => o[name]?.at(-1)

function port(o: Options, fallback: number): number | string {
  const value = Number(last(o, 'port') ?? fallback)
  return Number.isInteger(value) && value >= 0 && value < 65536
    ? value
    : '--port needs a port number'
}

function logTo(io: Io): Logger {
  return (level, message) => (level === 'info' ? io.out : io.err)(`[${level}] ${message}\n`)
}

function sigint(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done())
    process.once('SIGTERM', () => done())
  })
}

function usage(io: Io, command: string, problem: string): number {
  io.err(`mpsim ${command}: ${problem}\n\nRun mpsim --help for usage.\n`)
  return 2
}

export async function platform(argv: string[], io: Io, until = sigint()): Promise<number> {
  const o = parseOptions(argv, ['--app', '--port', '--host'])
  if (typeof o === 'string') return usage(io, 'platform', o)
  const apps: Record<string, string> = {}
  for (const pair of o.app ?? []) {
    const [appid, secret] = pair.split(/:(.*)/s, 2)
    if (!appid || !secret) return usage(io, 'platform', `--app needs APPID:SECRET (got ${appid})`)
    apps[appid] = secret
  }
  if (!Object.keys(apps).length)
    return usage(io, 'platform', 'give at least one --app APPID:SECRET')
  const p = port(o, 5780)
  if (typeof p === 'string') return usage(io, 'platform', p)
  const { startPlatform } = await import('../server/platform/service.ts')
  const service = await startPlatform({ apps, port: p, host: last(o, 'host'), log: logTo(io) })
  io.out(`mpsim platform: ${service.url} (apps: ${Object.keys(apps).join(', ')})\n`)
  await until
  await service.close()
  return 0
}

export async function tunnel(argv: string[], io: Io, until = sigint()): Promise<number> {
  const o = parseOptions(argv, ['--port', '--host', '--callback', '--redis'])
  if (typeof o === 'string') return usage(io, 'tunnel', o)
  const secret = process.env.MPSIM_TUNNEL_SECRET
  if (!secret)
    return usage(io, 'tunnel', 'set MPSIM_TUNNEL_SECRET (shared with the business server)')
  const p = port(o, 5781)
  if (typeof p === 'string') return usage(io, 'tunnel', p)
  const { startTunnelService } = await import('../server/tunnel/service.ts')
  const service = await startTunnelService({
    secret,
    port: p,
    host: last(o, 'host'),
    callbackUrl: last(o, 'callback'),
    redis: last(o, 'redis'),
    log: logTo(io),
  })
  io.out(`mpsim tunnel: ${service.url}\n`)
  await until
  await service.close()
  return 0
}

export async function session(argv: string[], io: Io, until = sigint()): Promise<number> {
  const o = parseOptions(argv, ['--app', '--platform', '--db', '--redis', '--port', '--host'])
  if (typeof o === 'string') return usage(io, 'session', o)
  const env = process.env
  const appId = last(o, 'app')
  if (!appId) return usage(io, 'session', 'give --app APPID')
  const missing = ['MPSIM_APP_SECRET', 'MPSIM_TOKEN_SECRET', 'MPSIM_SESSION_SECRET'].filter(
    (k) => !env[k],
  )
  if (missing.length) return usage(io, 'session', `set ${missing.join(', ')}`)
  const p = port(o, 5782)
  if (typeof p === 'string') return usage(io, 'session', p)
  const redis = last(o, 'redis')
  const { SqliteStore } = await import('../server/store/sqlite.ts')
  const { RedisStore } = await import('../server/store/redis.ts')
  const { startSessionService } = await import('../server/session-service/service.ts')
  const store = redis
    ? new RedisStore(redis)
    : new SqliteStore(last(o, 'db') ?? '.mpsim/sessions.sqlite')
  const service = await startSessionService({
    appId,
    appSecret: env.MPSIM_APP_SECRET!,
    tokenSecret: env.MPSIM_TOKEN_SECRET!,
    serviceSecret: env.MPSIM_SESSION_SECRET!,
    platformUrl: last(o, 'platform'),
    store,
    port: p,
    host: last(o, 'host'),
    log: logTo(io),
  })
  io.out(`mpsim session: ${service.url} (app ${appId})\n`)
  await until
  await service.close()
  return 0
}

// mpsim/server's login and sessions in a business server: node:http, Express and Koa, with the
// SQLite and the Redis store, against the simulated platform on loopback; then every refusal.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalAuth } from '../../server/auth/local.ts'
import type { Authenticator } from '../../server/auth/types.ts'
import type { Listening } from '../../server/http-util.ts'
import { type PlatformService, startPlatform } from '../../server/platform/service.ts'
import { RedisStore } from '../../server/store/redis.ts'
import { SqliteStore } from '../../server/store/sqlite.ts'
import { MemoryStore, type SessionStore } from '../../server/store/types.ts'
import { type Framework, startBusinessApp } from './business-apps.ts'
import { call, phoneLogin } from './phone.ts'
import { type RedisProcess, startRedis } from './redis.ts'

const APP = 'wxsdktest00000001'
const SECRET = 'sdk-app-secret-0123'
const TOKEN_SECRET = 'sdk-token-secret-4567'
let platform: PlatformService
let redis: RedisProcess
let dir: string
const logs: string[] = []
const log = (level: string, message: string) => void logs.push(`${level} ${message}`)
const secretsSeen = new Set<string>([SECRET, TOKEN_SECRET])

beforeAll(async () => {
  platform = await startPlatform({ apps: { [APP]: SECRET, wxother: 'other-secret' }, log })
  redis = await startRedis()
  dir = await mkdtemp(join(tmpdir(), 'mpsim-sdk-'))
})
afterAll(async () => {
  await platform.close()
  await redis.stop()
  await rm(dir, { recursive: true, force: true })
  for (const secret of secretsSeen) for (const line of logs) expect(line).not.toContain(secret)
  expect(logs.some((l) => l.includes('login:'))).toBe(true)
})

function auth(store: SessionStore, options: { appId?: string; now?: () => number } = {}) {
  return createLocalAuth({
    appId: options.appId ?? APP,
    appSecret: SECRET,
    store,
    tokenSecret: TOKEN_SECRET,
    platformUrl: platform.url,
    ttlMs: 60_000,
    now: options.now,
    log,
  })
}

async function login(app: Listening, user: string) {
  const phone = await phoneLogin(platform.url, APP, user)
  secretsSeen.add(phone.code)
  const res = await call(`${app.url}/login`, { body: phone })
  if (res.body.data?.skey) secretsSeen.add(res.body.data.skey)
  return res
}

const stores: Record<string, () => SessionStore> = {
  sqlite: () => new SqliteStore(join(dir, `${Math.random()}.sqlite`)),
  redis: () => new RedisStore(redis.url),
}

for (const framework of ['http', 'express', 'koa'] as Framework[]) {
  for (const [storeName, makeStore] of Object.entries(stores)) {
    it(`${framework} + ${storeName}: login, who am I, logout`, async () => {
      const a = auth(makeStore())
      const app = await startBusinessApp(framework, a)
      try {
        const res = await login(app, `user-${framework}`)
        expect(res.status).toBe(200)
        const { skey, userInfo, openid } = res.body.data
        expect(userInfo).toMatchObject({ nickName: `user-${framework}`, watermark: { appid: APP } })
        const me = await call(`${app.url}/me`, { skey })
        expect(me).toMatchObject({ status: 200, body: { data: { openid } } })
        expect(JSON.stringify(me.body)).not.toMatch(/sessionKey|session_key/)
        expect((await call(`${app.url}/logout`, { body: {}, skey })).status).toBe(200)
        expect(await call(`${app.url}/me`, { skey })).toMatchObject({
          status: 401,
          body: { error: 'ERR_SESSION_EXPIRED' },
        })
      } finally {
        await app.close()
        await a.close()
      }
    })
  }
}

describe('refusals', () => {
  let clock = Date.now()
  let a: Authenticator
  let app: Listening
  const store = new MemoryStore()
  beforeAll(async () => {
    a = auth(store, { now: () => clock })
    app = await startBusinessApp('http', a)
  })
  afterAll(() => app.close())

  it('refuses a replayed code and a wrong secret, naming the platform’s errcode', async () => {
    const phone = await phoneLogin(platform.url, APP, 'replay')
    expect((await call(`${app.url}/login`, { body: phone })).status).toBe(200)
    const again = await call(`${app.url}/login`, { body: phone })
    expect(again).toMatchObject({ status: 401, body: { error: 'ERR_LOGIN_FAILED' } })
    expect(again.body.message).toMatch(/errcode 40163/)
    const wrong = createLocalAuth({
      appId: APP,
      appSecret: 'not-the-secret',
      store,
      tokenSecret: TOKEN_SECRET,
      platformUrl: platform.url,
    })
    const fresh = await phoneLogin(platform.url, APP, 'replay')
    await expect(wrong.login(fresh)).rejects.toThrow(/errcode 40125/)
  })

  it('refuses user data that does not match the session key', async () => {
    const phone = await phoneLogin(platform.url, APP, 'tamper')
    const forged = { ...phone, rawData: phone.rawData.replace('tamper', 'admin') }
    delete (forged as Partial<typeof phone>).encryptedData
    delete (forged as Partial<typeof phone>).iv
    expect((await call(`${app.url}/login`, { body: forged })).body.error).toBe('ERR_USER_DATA')
    const next = await phoneLogin(platform.url, APP, 'tamper')
    const flipped = Buffer.from(next.encryptedData, 'base64')
    flipped[flipped.length - 20]! ^= 0xff
    const bad = { ...next, encryptedData: flipped.toString('base64') }
    expect((await call(`${app.url}/login`, { body: bad })).body.error).toBe('ERR_USER_DATA')
  })

  it('refuses a missing, forged, other app’s, expired or revoked token', async () => {
    const { skey } = (await login(app, 'tokens')).body.data
    expect((await call(`${app.url}/me`)).body.error).toBe('ERR_SESSION_MISSING')
    const forged = skey.slice(0, -2) + (skey.endsWith('A') ? 'BB' : 'AA')
    expect((await call(`${app.url}/me`, { skey: forged })).body.error).toBe('ERR_SESSION_INVALID')
    const other = auth(store, { appId: 'wxother' })
    await expect(other.check(skey)).rejects.toMatchObject({ code: 'ERR_SESSION_INVALID' })
    expect((await call(`${app.url}/me`, { skey })).status).toBe(200)
    clock += 60_001
    expect((await call(`${app.url}/me`, { skey })).body.error).toBe('ERR_SESSION_EXPIRED')
  })

  it('refuses an oversize login body with a clear error', async () => {
    const res = await call(`${app.url}/login`, { body: { code: 'x'.repeat(100_000) } })
    expect(res).toMatchObject({ status: 413, body: { message: /over 65536 bytes/ } })
  })
})

describe('Wafer 1 layout: a session service the business server calls', () => {
  it('logs in, checks and revokes through the service, with the same errors', async () => {
    const { startSessionService } = await import('../../server/session-service/service.ts')
    const { createRemoteAuth } = await import('../../server/auth/remote.ts')
    const service = await startSessionService({
      appId: APP,
      appSecret: SECRET,
      store: new SqliteStore(join(dir, 'service.sqlite')),
      tokenSecret: TOKEN_SECRET,
      platformUrl: platform.url,
      serviceSecret: 'service-secret-77',
      log,
    })
    secretsSeen.add('service-secret-77')
    const remote = createRemoteAuth({
      appId: APP,
      url: service.url,
      serviceSecret: 'service-secret-77',
    })
    const app = await startBusinessApp('koa', remote)
    try {
      const phone = await phoneLogin(platform.url, APP, 'wafer1')
      const res = await call(`${app.url}/login`, { body: phone })
      const { skey } = res.body.data
      secretsSeen.add(skey)
      expect(res.body.data.userInfo).toMatchObject({ nickName: 'wafer1' })
      expect((await call(`${app.url}/me`, { skey })).body.data.openid).toBe(res.body.data.openid)
      expect((await call(`${app.url}/login`, { body: phone })).body.error).toBe('ERR_LOGIN_FAILED')
      expect((await call(`${app.url}/me`, { skey: skey + 'x' })).body.error).toBe(
        'ERR_SESSION_INVALID',
      )
      await call(`${app.url}/logout`, { body: {}, skey })
      expect((await call(`${app.url}/me`, { skey })).body.error).toBe('ERR_SESSION_EXPIRED')
      const wrong = createRemoteAuth({ appId: APP, url: service.url, serviceSecret: 'nope' })
      await expect(wrong.check(skey)).rejects.toThrow(/401 missing|401 wrong signature/)
    } finally {
      await app.close()
      await service.close()
    }
  })
})

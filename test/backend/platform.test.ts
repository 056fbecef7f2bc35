// The simulated platform (`mpsim platform`): jscode2session with the platform's error codes, and
// wx.login / getUserProfile in a headless app getting codes and signed user data from it.

import { createDecipheriv, createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'
import { type PlatformService, startPlatform } from '../../server/platform/service.ts'
import { writeProject } from './mini-project.ts'

const APP = 'wxbackendtest0001'
const SECRET = 'platform-test-secret'
let platform: PlatformService
let clock = 1_000_000

beforeAll(async () => {
  platform = await startPlatform({ apps: { [APP]: SECRET }, now: () => clock, ratePerMinute: 3 })
})
afterAll(() => platform.close())

async function post(path: string, body: object) {
  const res = await fetch(platform.url + path, { method: 'POST', body: JSON.stringify(body) })
  return (await res.json()) as Record<string, unknown>
}

async function code2session(code: string, secret = SECRET, appid = APP) {
  const q = new URLSearchParams({ appid, secret, js_code: code, grant_type: 'authorization_code' })
  return (await (await fetch(`${platform.url}/sns/jscode2session?${q}`)).json()) as Record<
    string,
    unknown
  >
}

describe('jscode2session', () => {
  it('trades a code once for openid, session_key and unionid', async () => {
    const { code } = await post('/mpsim/login', { appid: APP, user: 'ann' })
    const session = await code2session(code as string)
    expect(session).toMatchObject({
      openid: expect.stringMatching(/^o.{27}$/),
      session_key: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/),
      unionid: expect.any(String),
    })
    expect(await code2session(code as string)).toMatchObject({
      errcode: 40163,
      errmsg: expect.stringMatching(/^code been used, rid: /),
    })
  })

  it('refuses unknown, expired and other apps’ codes, wrong secrets and missing fields', async () => {
    expect((await code2session('nope')).errcode).toBe(40029)
    const { code } = await post('/mpsim/login', { appid: APP, user: 'ann' })
    expect((await code2session(code as string, 'wrong')).errcode).toBe(40125)
    expect((await code2session(code as string, SECRET, 'wxother')).errcode).toBe(40013)
    expect((await code2session('')).errcode).toBe(41008)
    clock += 5 * 60 * 1000 + 1
    expect((await code2session(code as string)).errcode).toBe(40029)
    expect((await post('/mpsim/login', { appid: 'wxunknown', user: 'ann' })).errcode).toBe(40013)
  })

  it('limits a user’s exchanges per minute (45011)', async () => {
    clock += 120_000
    const codes = await Promise.all(
      [1, 2, 3, 4].map(() => post('/mpsim/login', { appid: APP, user: 'busy' })),
    )
    const answers = []
    for (const { code } of codes) answers.push(await code2session(code as string))
    expect(answers.map((a) => a.errcode ?? 0)).toEqual([0, 0, 0, 45011])
    clock += 61_000
    expect((await code2session(codes[3]!.code as string)).openid).toBeTypeOf('string')
  })
})

describe('wx.login and wx.getUserProfile in a launch given the platform', () => {
  let mp: MiniProgram
  let remove: () => Promise<void>
  beforeAll(async () => {
    const project = await writeProject()
    remove = project.remove
    mp = await launch({
      project: project.dir,
      appId: APP,
      mode: 'single-thread',
      platform: { url: platform.url, user: 'zoe' },
    })
  })
  afterAll(async () => {
    await mp.close()
    await remove()
  })

  it('gets codes from the service and user data signed with the session key', async () => {
    clock += 120_000
    await expect(mp.callWxMethod('checkSession')).rejects.toThrow(/checkSession:fail/)
    const login = (await mp.callWxMethod('login')) as { code: string; errMsg: string }
    expect(login.errMsg).toBe('login:ok')
    const profile = (await mp.callWxMethod('getUserProfile', { desc: 'chat name' })) as Record<
      string,
      string
    >
    expect(profile.errMsg).toBe('getUserProfile:ok')
    const session = await code2session(login.code)
    const key = session.session_key as string
    const signature = createHash('sha1')
      .update(profile.rawData + key)
      .digest('hex')
    expect(profile.signature).toBe(signature)
    const decipher = createDecipheriv(
      'aes-128-cbc',
      Buffer.from(key, 'base64'),
      Buffer.from(profile.iv!, 'base64'),
    )
    const plain = JSON.parse(
      Buffer.concat([
        decipher.update(Buffer.from(profile.encryptedData!, 'base64')),
        decipher.final(),
      ]).toString(),
    )
    expect(plain).toMatchObject({
      openId: session.openid,
      nickName: 'zoe',
      watermark: { appid: APP, timestamp: Math.floor(clock / 1000) },
    })
    expect(await mp.callWxMethod('checkSession')).toMatchObject({ errMsg: 'checkSession:ok' })
    await expect(mp.callWxMethod('getUserProfile', {})).rejects.toThrow(/getUserProfile:fail/)
  })
})

describe('without a platform service', () => {
  it('keeps the in-memory platform and signs user data with its session key', async () => {
    const { createApiRegistry } = await import('../../runtime/host/apis/node/index.ts')
    const { createSimulatedPlatform } = await import('../../runtime/host/apis/login.ts')
    const local = createSimulatedPlatform()
    const wx = createApiRegistry({ appId: 'wxlocal', login: local })
    const { code } = await wx.invoke('login')
    const info = await wx.invoke('getUserInfo', { lang: 'zh_CN' })
    const session = local.exchangeCode('wxlocal', code as string)
    if (!('session_key' in session)) throw new Error('no session')
    const signature = createHash('sha1')
      .update(String(info.rawData) + session.session_key)
      .digest('hex')
    expect(info).toMatchObject({ errMsg: 'getUserInfo:ok', signature })
    wx.dispose()
  })
})

it('answers wx.login with a fail when the platform service cannot be reached', async () => {
  const { createApiRegistry } = await import('../../runtime/host/apis/node/index.ts')
  const { createPlatformClient } = await import('../../runtime/host/apis/login-remote.ts')
  const gone = await startPlatform({ apps: { [APP]: SECRET } })
  await gone.close()
  const wx = createApiRegistry({ appId: APP, login: createPlatformClient({ url: gone.url }) })
  expect((await wx.invoke('login')).errMsg).toMatch(/^login:fail /)
  const refused = createApiRegistry({
    appId: 'wxnotregistered',
    login: createPlatformClient({ url: platform.url }),
  })
  expect((await refused.invoke('login')).errMsg).toMatch(
    /^login:fail invalid appid, rid: \w+ \(errcode 40013\)$/,
  )
  wx.dispose()
  refused.dispose()
})

// The whole flow, headless, against the real services on loopback: two mini programs (the chat
// sample, users alice and bob) log in through the simulated platform, ask who they are, join the
// room through the tunnel and talk; a revoked session is renewed by one retry; a dropped socket
// reconnects with the same tunnel id and misses nothing. In both layouts, SQLite and Redis.

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildProject } from '../../compiler/index.ts'
import { launch, type MiniProgram } from '../../index.ts'
import { CHAT_APP_ID, startChatStack } from '../../samples/chat/server/stack.ts'
import { type RedisProcess, startRedis } from './redis.ts'

const SAMPLE = join(import.meta.dirname, '../../samples/chat')
let redis: RedisProcess
let dir: string

beforeAll(async () => {
  redis = await startRedis()
  dir = await mkdtemp(join(tmpdir(), 'mpsim-chat-'))
  // Built once: the eight launches below read the same package.
  const built = await buildProject(SAMPLE, { outDir: join(dir, 'build') })
  expect(built.errors).toEqual([])
})
afterAll(async () => {
  await redis.stop()
  await rm(dir, { recursive: true, force: true })
})

type Message = { who: string; word: string; mine: boolean }

async function pageData(mp: MiniProgram) {
  const page = await mp.currentPage()
  return (await page!.data()) as {
    status: string
    me: { nickName: string; openid: string } | null
    messages: Message[]
  }
}

async function until<T>(
  mp: MiniProgram,
  check: (d: Awaited<ReturnType<typeof pageData>>) => T,
  ms = 5000,
) {
  const end = Date.now() + ms
  for (;;) {
    const data = await pageData(mp)
    const value = check(data)
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out; page data: ${JSON.stringify(data)}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

const cases = [
  { layout: 'wafer2', store: 'sqlite', tunnelOnRedis: false },
  { layout: 'wafer1', store: 'redis', tunnelOnRedis: true },
  { layout: 'wafer1', store: 'sqlite', tunnelOnRedis: false },
  { layout: 'wafer2', store: 'redis', tunnelOnRedis: false },
] as const

// The cases run at once: each has its own services on free ports and its own two apps.
for (const c of cases) {
  const name = `${c.layout}, sessions in ${c.store}${c.tunnelOnRedis ? ', tunnel on redis' : ''}`
  it.concurrent(`${name}: two users log in, join the room and talk`, async () => {
    const logs: string[] = []
    const stack = await startChatStack({
      ...c,
      dataDir: dir,
      redisUrl: redis.url,
      log: (level, message) => void logs.push(`${level} ${message}`),
    })
    const apps: MiniProgram[] = []
    const open = async (user: string) => {
      const mp = await launch({
        packageDir: join(dir, 'build'),
        appId: CHAT_APP_ID,
        mode: 'single-thread',
        path: 'pages/index/index',
        query: { server: stack.chat.url },
        platform: { url: stack.platform.url, user },
      })
      apps.push(mp)
      return mp
    }
    try {
      const [alice, bob] = await Promise.all([open('alice'), open('bob')])
      await (await alice.currentPage())!.callMethod('start')
      await until(alice, (d) => d.status === 'connected')
      await (await bob.currentPage())!.callMethod('start')
      await until(bob, (d) => d.status === 'connected')
      const me = (await pageData(alice)).me!
      expect(me).toMatchObject({ nickName: 'alice', openid: expect.stringMatching(/^o/) })
      await until(alice, (d) => d.messages.some((m) => m.word === 'bob joined'))

      const alicePage = (await alice.currentPage())!
      await alicePage.setData({ draft: 'hello bob' })
      await alicePage.callMethod('send')
      await until(bob, (d) =>
        d.messages.some((m) => m.who === 'alice' && m.word === 'hello bob' && !m.mine),
      )
      await until(alice, (d) => d.messages.some((m) => m.word === 'hello bob' && m.mine))

      // A revoked session: the next request logs in again once and goes through.
      const skeyOf = `function () { return wx.getStorageSync('mpsim:skey') }`
      const oldSkey = (await bob.evaluate(skeyOf)) as string
      await stack.auth.revoke(oldSkey)
      const again = (await (await bob.currentPage())!.callMethod('whoAmI')) as { nickName: string }
      expect(again.nickName).toBe('bob')
      expect(await bob.evaluate(skeyOf)).not.toBe(oldSkey)

      // Every socket drops; what alice says meanwhile reaches bob after the reconnect, in order.
      const live = [...stack.tunnel.tunnels.values()].filter((t) => t.state === 'open')
      expect(live).toHaveLength(2)
      for (const t of live) t.socket?.terminate()
      for (const word of ['one', 'two', 'three']) {
        await alicePage.setData({ draft: word })
        await alicePage.callMethod('send')
      }
      const heard = await until(bob, (d) => {
        const words = d.messages.filter((m) => m.who === 'alice').map((m) => m.word)
        return words.includes('three') && words
      })
      expect(heard).toEqual(['hello bob', 'one', 'two', 'three'])
      const skeys = [oldSkey, (await bob.evaluate(skeyOf)) as string]
      expect(logs.length).toBeGreaterThan(0)
      for (const line of logs) {
        expect(line).not.toMatch(/session_key|sessionKey|v1\./)
        for (const secret of [...stack.secrets, ...skeys]) expect(line).not.toContain(secret)
      }
      // Alice leaves: the service tells the chat server, which tells bob.
      await alicePage.callMethod('leave')
      await until(bob, (d) => d.messages.some((m) => m.word === 'alice left'))
    } finally {
      // Single-thread apps share this thread: tunnels stop their timers before the app closes.
      for (const mp of apps) await (await mp.currentPage())?.callMethod('leave')
      for (const mp of apps) await mp.close()
      await stack.close()
    }
  })
}

it('keeps the sample’s copy of mpsim-client the same as server/client', async () => {
  for (const file of ['index.js', 'tunnel.js', 'package.json']) {
    const source = await readFile(join(import.meta.dirname, '../../server/client', file), 'utf8')
    const copy = await readFile(
      join(SAMPLE, 'miniprogram/miniprogram_npm/mpsim-client', file),
      'utf8',
    )
    expect(copy, `samples/chat/miniprogram/miniprogram_npm/mpsim-client/${file}`).toBe(source)
  }
})

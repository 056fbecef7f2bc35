// The tunnel service against raw WebSocket clients: the signed API and callbacks, ordering and
// no loss across a reconnect, heartbeats, the reconnect window, bad frames closing one tunnel
// only, oversize refusals, and two instances sharing the work through Redis.

import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Listening, listen } from '../../server/http-util.ts'
import { type TunnelApi, tunnelApi, tunnelCallbacks } from '../../server/tunnel/api-client.ts'
import { type TunnelService, startTunnelService } from '../../server/tunnel/service.ts'
import { SIGNATURE_HEADER, signature } from '../../server/tunnel/signing.ts'
import { connectRaw } from './raw-client.ts'
import { type RedisProcess, startRedis } from './redis.ts'

const SECRET = 'tunnel-test-secret-89'
const logs: string[] = []
const log = (level: string, message: string) => void logs.push(`${level} ${message}`)
const events: string[] = []
let callbacks: Listening
let service: TunnelService
let api: TunnelApi

const until = async (check: () => boolean, ms = 8000) => {
  for (const end = Date.now() + ms; !check(); await new Promise((r) => setTimeout(r, 10)))
    if (Date.now() > end) throw new Error(`timed out; events: ${events.join(' | ')}`)
}

beforeAll(async () => {
  callbacks = await listen(
    createServer(
      tunnelCallbacks(
        SECRET,
        {
          connect: (id) => void events.push(`connect ${id}`),
          message: (id, type, content) =>
            void events.push(`message ${id} ${type} ${JSON.stringify(content)}`),
          close: (id, reason) => void events.push(`close ${id} ${reason}`),
        },
        log,
      ),
    ),
  )
  service = await startTunnelService({
    secret: SECRET,
    callbackUrl: callbacks.url,
    // Short enough to test in a second, long enough for a loaded machine's event loop.
    heartbeatMs: 250,
    reconnectWindowMs: 1000,
    maxMessageBytes: 1024,
    log,
  })
  api = tunnelApi({ url: service.url, secret: SECRET })
})
afterAll(async () => {
  await service.close()
  await callbacks.close()
  expect(logs.some((l) => l.includes('closed'))).toBe(true)
  for (const line of logs) expect(line).not.toMatch(/tunnel-test-secret|secret-text/)
  for (const id of ids) for (const line of logs) expect(line).not.toContain(id)
})

const ids: string[] = []

async function open(pingMs?: number) {
  const { tunnelId, connectUrl } = await api.create()
  ids.push(tunnelId)
  const client = await connectRaw(connectUrl, pingMs)
  await client.next((f) => f.t === 'hello')
  await until(() => events.includes(`connect ${tunnelId}`))
  return { tunnelId, connectUrl, client }
}

describe('one service', () => {
  it('passes messages both ways, to one, several and all, and closes', async () => {
    const a = await open()
    const b = await open()
    a.client.send({ t: 'm', s: 1, d: { type: 'say', content: 'secret-text' } })
    await a.client.next((f) => f.t === 'a' && f.s === 1)
    expect(events).toContain(`message ${a.tunnelId} say "secret-text"`)
    await api.send([a.tunnelId], 'one', 1)
    await api.send([a.tunnelId, b.tunnelId], 'two', 2)
    await api.broadcast('all', 3)
    for (const c of [a.client, b.client]) await c.next((f) => f.t === 'm' && f.d.type === 'all')
    expect(a.client.frames.filter((f) => f.t === 'm').map((f) => [f.s, f.d.type])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'all'],
    ])
    expect(b.client.frames.filter((f) => f.t === 'm').map((f) => f.d.content)).toEqual([2, 3])
    expect((await api.send(['nope'], 'x')).invalidTunnelIds).toEqual(['nope'])
    await api.close([a.tunnelId, b.tunnelId])
    expect((await a.client.closed).code).toBe(1000)
    await until(() => events.includes(`close ${b.tunnelId} closed by the server`))
  })

  it('resends what a client missed after a reconnect, in order, and passes a resent message once', async () => {
    const { tunnelId, connectUrl, client } = await open()
    await api.send([tunnelId], 'n', 1)
    await api.send([tunnelId], 'n', 2)
    await client.next((f) => f.s === 2)
    client.send({ t: 'm', s: 1, d: { type: 'up', content: 'once' } })
    client.ws.terminate()
    await new Promise((r) => setTimeout(r, 50))
    for (const n of [3, 4, 5]) await api.send([tunnelId], 'n', n)
    const again = await connectRaw(`${connectUrl}&ack=1`)
    const hello = await again.next((f) => f.t === 'hello')
    if (hello.ack < 1) again.send({ t: 'm', s: 1, d: { type: 'up', content: 'once' } })
    again.send({ t: 'm', s: 1, d: { type: 'up', content: 'once' } })
    await again.next((f) => f.t === 'm' && f.s === 5)
    expect(again.frames.filter((f) => f.t === 'm').map((f) => f.d.content)).toEqual([2, 3, 4, 5])
    await until(() => events.filter((e) => e === `message ${tunnelId} up "once"`).length === 1)
    await new Promise((r) => setTimeout(r, 100))
    expect(events.filter((e) => e === `message ${tunnelId} up "once"`)).toHaveLength(1)
    again.send({ t: 'close' })
    await until(() => events.includes(`close ${tunnelId} client left`))
  })

  it('drops a silent socket after 2.5 heartbeats and ends the tunnel when the window elapses', async () => {
    const { tunnelId, connectUrl, client } = await open(0)
    const pinger = setInterval(() => client.send({ t: 'ping' }), 50)
    await client.next((f) => f.t === 'pong')
    await new Promise((r) => setTimeout(r, 700))
    expect(client.ws.readyState).toBe(client.ws.OPEN)
    clearInterval(pinger)
    await client.closed
    await until(() => service.tunnels.get(tunnelId)?.state === 'waiting')
    await until(() => events.includes(`close ${tunnelId} reconnect window elapsed`))
    await expect(connectRaw(connectUrl)).rejects.toThrow(/refused: 404/)
  })

  it('closes only the tunnel that sent a malformed or oversize frame, saying why', async () => {
    const good = await open()
    const bad = await open()
    bad.client.send('not json')
    expect(await bad.client.next((f) => f.t === 'err')).toMatchObject({ error: 'ERR_MALFORMED' })
    expect((await bad.client.closed).code).toBe(4400)
    const big = await open()
    big.client.send({ t: 'm', s: 1, d: { type: 'x', content: 'y'.repeat(2000) } })
    expect(await big.client.next((f) => f.t === 'err')).toMatchObject({
      error: 'ERR_TOO_LARGE',
      message: expect.stringMatching(/over the tunnel's limit of 1024 bytes/),
    })
    expect((await big.client.closed).code).toBe(1009)
    await api.send([good.tunnelId], 'still', 'here')
    await good.client.next((f) => f.t === 'm' && f.d.content === 'here')
    await expect(api.send([good.tunnelId], 'x', 'z'.repeat(2000))).rejects.toThrow(
      /413 message of \d+ bytes is over/,
    )
    await api.close([good.tunnelId])
  })

  it('refuses unsigned and wrongly signed API calls and callbacks', async () => {
    const body = JSON.stringify({ type: 'x' })
    const post = (url: string, sig?: string) =>
      fetch(url, { method: 'POST', body, headers: sig ? { [SIGNATURE_HEADER]: sig } : {} })
    expect((await post(`${service.url}/broadcast`)).status).toBe(401)
    expect((await post(`${service.url}/broadcast`, signature('wrong', body))).status).toBe(401)
    expect(
      (await post(`${service.url}/broadcast`, signature(SECRET, body, Date.now() - 600_000)))
        .status,
    ).toBe(401)
    expect((await post(`${service.url}/broadcast`, signature(SECRET, body))).status).toBe(200)
    const forged = JSON.stringify({ tunnelId: 'x', type: 'close' })
    const res = await fetch(callbacks.url, {
      method: 'POST',
      body: forged,
      headers: { [SIGNATURE_HEADER]: signature('wrong', forged) },
    })
    expect(res.status).toBe(401)
    expect(events).not.toContain('close x ')
  })
})

describe('two instances sharing Redis', () => {
  let redis: RedisProcess
  let a: TunnelService
  let b: TunnelService
  beforeAll(async () => {
    redis = await startRedis()
    const options = { secret: SECRET, callbackUrl: callbacks.url, redis: redis.url, log }
    a = await startTunnelService(options)
    b = await startTunnelService(options)
  })
  afterAll(async () => {
    await a.close()
    await b.close()
    await redis.stop()
  })

  it('lets a client connect to either and a push through either reach it', async () => {
    const apiA = tunnelApi({ url: a.url, secret: SECRET })
    const apiB = tunnelApi({ url: b.url, secret: SECRET })
    const one = await apiA.create()
    const two = await apiA.create()
    const onB = await connectRaw(one.connectUrl.replace(String(a.port), String(b.port)))
    const onA = await connectRaw(two.connectUrl)
    await until(
      () =>
        events.includes(`connect ${one.tunnelId}`) && events.includes(`connect ${two.tunnelId}`),
    )
    await apiA.send([one.tunnelId], 'via', 'a')
    await apiB.broadcast('all', 'b')
    await onB.next((f) => f.t === 'm' && f.d.content === 'b')
    await onA.next((f) => f.t === 'm' && f.d.content === 'b')
    expect(onB.frames.filter((f) => f.t === 'm').map((f) => f.d.content)).toEqual(['a', 'b'])
    expect(onA.frames.filter((f) => f.t === 'm').map((f) => f.d.content)).toEqual(['b'])
    onB.send({ t: 'm', s: 1, d: { type: 'hi', content: 1 } })
    await until(() => events.includes(`message ${one.tunnelId} hi 1`))
    await apiB.close([one.tunnelId, two.tunnelId])
    await onA.closed
    await onB.closed
  })
})

describe('callbacks through Koa', () => {
  it('checks the signature and passes the events on', async () => {
    const Koa = (await import('koa')).default
    const { koaTunnelCallbacks } = await import('../../server/tunnel/koa.ts')
    const seen: string[] = []
    const app = new Koa().use(koaTunnelCallbacks(SECRET, { connect: (id) => void seen.push(id) }))
    const server = await listen(createServer(app.callback()))
    try {
      const body = JSON.stringify({ tunnelId: 'k1', type: 'connect' })
      const send = (sig: string) =>
        fetch(server.url, { method: 'POST', body, headers: { [SIGNATURE_HEADER]: sig } })
      expect((await send(signature('wrong', body))).status).toBe(401)
      expect((await send(signature(SECRET, body))).status).toBe(200)
      expect(seen).toEqual(['k1'])
    } finally {
      await server.close()
    }
  })
})

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCdn, type CdnServer } from './cdn.ts'
import { parseNetworkProfile } from './network-profiles.ts'

let dir: string
let cdn: CdnServer
const body = new Uint8Array(100_000).map((_, i) => i % 251)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mpsim-cdn-'))
  await writeFile(join(dir, 'main.wxapkg'), body)
  await writeFile(join(tmpdir(), 'mpsim-cdn-secret.txt'), 'secret')
  cdn = await startCdn({ root: dir })
})
afterAll(async () => {
  await cdn?.close()
  await rm(dir, { recursive: true, force: true })
})

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(cdn.url + path, { headers })

describe('cdn', () => {
  it('serves a file with a strong ETag and answers revalidation with 304', async () => {
    const res = await get('/main.wxapkg')
    expect(res.status).toBe(200)
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(body)
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await get('/main.wxapkg', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect((await get('/main.wxapkg', { 'if-none-match': '"other"' })).status).toBe(200)
  })

  it('answers byte ranges (open, closed, suffix) and refuses unsatisfiable ones', async () => {
    const closed = await get('/main.wxapkg', { range: 'bytes=10-19' })
    expect(closed.status).toBe(206)
    expect(closed.headers.get('content-range')).toBe('bytes 10-19/100000')
    expect([...new Uint8Array(await closed.arrayBuffer())]).toEqual([...body.subarray(10, 20)])
    const open = await get('/main.wxapkg', { range: 'bytes=99990-' })
    expect((await open.arrayBuffer()).byteLength).toBe(10)
    const suffix = await get('/main.wxapkg', { range: 'bytes=-5' })
    expect(suffix.headers.get('content-range')).toBe('bytes 99995-99999/100000')
    const beyond = await get('/main.wxapkg', { range: 'bytes=100000-' })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe('bytes */100000')
  })

  it('sends the whole file when If-Range names an older version', async () => {
    const res = await get('/main.wxapkg', { range: 'bytes=0-9', 'if-range': '"old"' })
    expect(res.status).toBe(200)
    expect((await res.arrayBuffer()).byteLength).toBe(100_000)
  })

  it('serves only the folder: missing files 404, escaping paths 403', async () => {
    expect((await get('/nope.wxapkg')).status).toBe(404)
    // URL parsing folds %2e%2e into "..", which cannot climb above the root
    expect((await get('/%2e%2e/mpsim-cdn-secret.txt')).status).toBe(404)
    expect((await get('/..%2fmpsim-cdn-secret.txt')).status).toBe(403)
    expect((await fetch(cdn.url + '/main.wxapkg', { method: 'POST' })).status).toBe(405)
  })

  it('throttles to the profile: latency before the answer, bandwidth for the body', async () => {
    cdn.network = parseNetworkProfile('latency=150,kbps=4000') // 500 kB/s
    try {
      const started = performance.now()
      const res = await get('/main.wxapkg')
      const firstByte = performance.now() - started
      await res.arrayBuffer()
      const total = performance.now() - started
      // lower bounds only: a busy machine can be slower, never faster
      expect(firstByte).toBeGreaterThanOrEqual(145)
      expect(total).toBeGreaterThanOrEqual(145 + 190) // 100 kB at 500 kB/s = 200 ms
    } finally {
      cdn.network = parseNetworkProfile('none')
    }
  })

  it('drops connections partway at the loss rate', async () => {
    cdn.network = parseNetworkProfile('none,loss=1')
    try {
      const dropped = cdn.stats.dropped
      // cut before or after the headers: either the fetch or the body read fails
      await expect(get('/main.wxapkg').then((res) => res.arrayBuffer())).rejects.toThrow()
      expect(cdn.stats.dropped).toBe(dropped + 1)
    } finally {
      cdn.network = parseNetworkProfile('none')
    }
  })
})

describe('network profiles', () => {
  it('answers CORS preflights and exposes what a resumed download reads', async () => {
    const preflight = await fetch(cdn.url + '/main.wxapkg', { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('if-range')
    const res = await get('/main.wxapkg', { range: 'bytes=0-9' })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toContain('etag')
  })

  it('names real conditions and takes changes', () => {
    expect(parseNetworkProfile('slow-3g')).toMatchObject({
      latencyMs: 2000,
      bytesPerSecond: 50_000,
    })
    expect(parseNetworkProfile('4g,loss=0.1')).toMatchObject({ latencyMs: 170, loss: 0.1 })
    expect(() => parseNetworkProfile('5g')).toThrow(/unknown network profile "5g" \(known: none/)
    expect(() => parseNetworkProfile('wifi,loss=2')).toThrow(/probability/)
    expect(() => parseNetworkProfile('wifi,jitter=3')).toThrow(/unknown setting "jitter"/)
  })
})

// The dev server's side of hot reload: chokidar sees an edit of the project, the server rebuilds
// and sends a `build` event on /__mpsim/events; a build that does not compile is reported with
// file:line:column and code frame and the last good build stays served; node_modules and dot
// folders are not watched.

import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevServer, type DevServer } from '../../devserver/server/index.ts'
import type { HotBuildEvent } from '../../devserver/server/watch.ts'
import { isIgnored } from '../../devserver/server/watch.ts'
import { tempDir } from '../headless/todo-flow.ts'

const TODO = resolve(import.meta.dirname, '../../samples/todo')

/** Reads `build` events from the server's event stream, as the simulator page's EventSource. */
async function listen(url: string) {
  const events: HotBuildEvent[] = []
  const abort = new AbortController()
  const res = await fetch(url, { signal: abort.signal })
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: '', done: true }))
      if (done) return
      buffer += value
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = block.split('\n').find((l) => l.startsWith('data: '))
        if (block.includes('event: build') && data) events.push(JSON.parse(data.slice(6)))
      }
    }
  })()
  return { events, close: () => abort.abort() }
}

describe('dev server: watch and rebuild', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>
  let server: DevServer
  let stream: Awaited<ReturnType<typeof listen>>
  const built: HotBuildEvent[] = []
  const next = async (count: number) => {
    await expect.poll(() => stream.events.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count)
    return stream.events[count - 1]!
  }
  const served = (path: string) => fetch(`${server.url}__mpsim/build/${path}`).then((r) => r.text())

  beforeAll(async () => {
    dir = await tempDir('mpsim-dev-hot-')
    await cp(TODO, dir.dir, { recursive: true })
    server = await createDevServer({
      project: dir.dir,
      port: 0,
      onBuild: (e) => built.push(e),
    })
    stream = await listen(`${server.url}__mpsim/events`)
  }, 60_000)
  afterAll(async () => {
    stream?.close()
    await server?.close()
    await dir?.remove()
  })

  it('rebuilds after an edit and tells the page, serving the new build', async () => {
    const file = join(dir.dir, 'pages/index/index.wxss')
    await writeFile(file, `${await readFile(file, 'utf8')}\n.hot { color: red; }\n`)
    const event = await next(1)
    expect(event).toMatchObject({
      ok: true,
      version: 2,
      errors: [],
      files: ['pages/index/index.wxss'],
    })
    expect(await served('views/pages/index/index.view.js')).toContain('.hot')
    expect(built).toHaveLength(1)
    // both builds stay readable by version, for the page to compare the running one with it
    const byVersion = (v: number) =>
      fetch(`${server.url}__mpsim/builds/${v}/views/pages/index/index.view.js`)
    expect(await (await byVersion(1)).text()).not.toContain('.hot')
    expect(await (await byVersion(2)).text()).toContain('.hot')
    expect((await byVersion(3)).status).toBe(404)
  })

  it('reports a build that does not compile and keeps the last good one served', async () => {
    const file = join(dir.dir, 'pages/index/index.wxml')
    const good = await readFile(file, 'utf8')
    await writeFile(file, good.replace('<view class="footer">', '<view class="footer"'))
    const event = await next(2)
    expect(event.ok).toBe(false)
    expect(event.version).toBe(2)
    expect(event.errors.join('\n')).toMatch(/pages\/index\/index\.wxml:\d+:\d+/)
    expect(event.errors.join('\n')).toContain('^')
    expect(await served('views/pages/index/index.view.js')).toContain('.hot')
    const info = await fetch(`${server.url}__mpsim/info.json`).then((r) => r.json())
    expect(info.version).toBe(2)

    await writeFile(file, good)
    expect(await next(3)).toMatchObject({ ok: true, version: 3, errors: [] })
    const status = (v: number) =>
      fetch(`${server.url}__mpsim/builds/${v}/app-config.json`).then((r) => r.status)
    expect([await status(1), await status(2), await status(3)]).toEqual([404, 200, 200])
  })

  it('does not watch node_modules, dot folders or the build output', async () => {
    await mkdir(join(dir.dir, 'node_modules/x'), { recursive: true })
    await writeFile(join(dir.dir, 'node_modules/x/index.js'), 'module.exports = 1')
    await mkdir(join(dir.dir, '.git'), { recursive: true })
    await writeFile(join(dir.dir, '.git/HEAD'), 'ref')
    await new Promise((done) => setTimeout(done, 500))
    expect(stream.events).toHaveLength(3)
    const p = dir.dir
    expect(isIgnored(p, join(p, 'node_modules/a.js'), '/tmp/out')).toBe(true)
    expect(isIgnored(p, join(p, 'miniprogram_npm/a.js'), '/tmp/out')).toBe(false)
    expect(isIgnored(p, join(p, 'dist/views/a.js'), join(p, 'dist'))).toBe(true)
    expect(isIgnored(p, join(p, 'pages/a.wxml'), join(p, 'dist'))).toBe(false)
  })
})

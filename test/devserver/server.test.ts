// The dev server serves the simulator, the runtime and the build, binds loopback by default,
// and refuses every other path, however it is spelled.

import { request } from 'node:http'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevServer, type DevServer } from '../../devserver/server/index.ts'
import { servedPath } from '../../devserver/server/guard.ts'
import { INFO_ELEMENT_ID } from '../../devserver/client/info-element.ts'

const TODO = resolve(import.meta.dirname, '../../samples/todo')

/** GET with the path sent as written (fetch would normalise `..` away first). */
function rawGet(server: DevServer, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => done({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

describe('mpsim dev server', () => {
  let server: DevServer
  beforeAll(async () => {
    server = await createDevServer({ project: TODO, port: 0 })
  })
  afterAll(() => server.close())

  it('binds 127.0.0.1 by default and names the app after the project', () => {
    expect(server.host).toBe('127.0.0.1')
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
    expect(server.appId).toBe('mpsim-todo')
  })

  it('serves the simulator, the view frame, the build, the project and runtime modules', async () => {
    const page = (await rawGet(server, '/')).body
    expect(page).toContain('src="/__mpsim/bundle/main.js"')
    expect(page).toContain('href="/__mpsim/bundle/main.css"')
    expect(page).not.toContain('/@vite/client')
    expect((await rawGet(server, '/__mpsim/view.html')).body).toContain('/__mpsim/bundle/view.js')
    const config = await rawGet(server, '/__mpsim/build/app-config.json')
    expect(JSON.parse(config.body).pages).toEqual(['pages/index/index', 'pages/stats/stats'])
    expect((await rawGet(server, '/__mpsim/build/views/pages/index/index.view.js')).body).toMatch(
      /__mpsimView/,
    )
    expect((await rawGet(server, '/__mpsim/project/app.json')).status).toBe(200)
    const worker = await rawGet(server, '/runtime/logic/browser-entry.ts')
    expect(worker.status).toBe(200)
    expect(worker.body).toContain('startLogic')
    const info = JSON.parse((await rawGet(server, '/__mpsim/info.json')).body)
    expect(info).toMatchObject({ appId: 'mpsim-todo', errors: [] })
    // the page carries the same info, so it starts without asking for it
    const inline = new RegExp(
      `<script id="${INFO_ELEMENT_ID}" type="application/json">(.*?)</script>`,
    )
    expect(JSON.parse(inline.exec(page)![1]!)).toEqual(info)
  })

  it('serves the page, the logic worker and the view frame each as one bundle with its map', async () => {
    // minified: what each holds is read from its source map
    const bundles = {
      main: ['devserver/client/main.ts', 'devserver/client/hot-reload.ts'],
      logic: ['runtime/logic/browser-entry.ts'],
      view: ['devserver/client/view-frame.ts', 'runtime/view/frame.ts'],
    }
    for (const [name, sources] of Object.entries(bundles)) {
      const script = await rawGet(server, `/__mpsim/bundle/${name}.js`)
      expect(script.status).toBe(200)
      // one file: no import of another module left in it
      expect(script.body).not.toMatch(/^import\s/m)
      expect(script.body).toContain(`sourceMappingURL=${name}.js.map`)
      const map = JSON.parse((await rawGet(server, `/__mpsim/bundle/${name}.js.map`)).body)
      for (const source of sources)
        expect(map.sources.some((s: string) => s.endsWith(source))).toBe(true)
    }
    expect((await rawGet(server, '/__mpsim/bundle/main.css')).status).toBe(200)
    expect((await rawGet(server, '/__mpsim/bundle/other.js')).status).toBe(404)
    // the cache's bookkeeping beside the bundles is not served
    expect((await rawGet(server, '/__mpsim/bundle/main.inputs.json')).status).toBe(404)
  })

  it.each([
    '/package.json',
    '/__mpsim/bundle/../../package.json',
    '/test/devserver/server.test.ts',
    '/compiler/index.ts',
    '/node_modules/vite/package.json',
    '/@fs/etc/passwd',
    '/runtime/../package.json',
    '/runtime/%2e%2e/package.json',
    '/runtime/%2E%2E%2Fpackage.json',
    '/__mpsim/project/../../../package.json',
    '/__mpsim/project/%2e%2e/%2e%2e/package.json',
    '/__mpsim/build/..%2f..%2fpackage.json',
    '/__mpsim/project/..\\..\\package.json',
  ])('refuses %s', async (path) => {
    const res = await rawGet(server, path)
    expect(res.status).toBe(403)
    expect(res.body).not.toContain('"name": "mpsim"')
  })

  it('answers 404 for a missing file of the build or the project', async () => {
    expect((await rawGet(server, '/__mpsim/build/nothing.js')).status).toBe(404)
    expect((await rawGet(server, '/__mpsim/project/nothing.js')).status).toBe(404)
  })
})

describe('servedPath', () => {
  it('keeps the served prefixes and drops the rest', () => {
    expect(servedPath('/runtime/view/frame.ts?import')).toBe('/runtime/view/frame.ts')
    expect(servedPath('/')).toBe('/')
    expect(servedPath('/README.md')).toBeNull()
    expect(servedPath('/%E0%A4%A')).toBeNull()
    expect(servedPath('/runtime/x%00.ts')).toBeNull()
  })
})

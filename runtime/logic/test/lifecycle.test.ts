import { describe, expect, it } from 'vitest'
import { launchApp } from './fake-host.ts'

const app = `
App({
  globalData: { log: [] },
  custom: 42,
  onLaunch(o) { this.globalData.log.push('app.onLaunch ' + o.path + ' ' + o.scene) },
  onShow(o) { this.globalData.log.push('app.onShow ' + JSON.stringify(o.query)) },
  onHide() { this.globalData.log.push('app.onHide') },
})
`
const page = (name: string) => `
const log = (s) => getApp().globalData.log.push('${name}.' + s)
Page({
  data: { list: [{ n: 1 }], name: '${name}' },
  shared: { hits: 0 },
  onLoad(q) { log('onLoad ' + JSON.stringify(q) + ' ' + this.route + ' ' + this.__wxWebviewId__) },
  onShow() { log('onShow') },
  onReady() { log('onReady') },
  onHide() { log('onHide') },
  onUnload() { log('onUnload') },
})
`

const files = {
  'app.js': app,
  'pages/index/index.js': page('index'),
  'pages/detail/detail.js': page('detail'),
}

describe('App and Page lifecycle', () => {
  it('runs App.onLaunch then App.onShow with the launch options, then page hooks in host order', async () => {
    const host = await launchApp(files, { query: { a: '1' } })
    host.createPage(1, 'pages/index/index', { id: '7' })
    for (const name of ['onLoad', 'onShow', 'onReady'] as const) host.lifecycle(1, name)
    const appInstance = host.runtime.app.instance!
    expect((appInstance.globalData as { log: string[] }).log).toEqual([
      'app.onLaunch pages/index/index 1001',
      'app.onShow {"a":"1"}',
      'index.onLoad {"id":"7"} pages/index/index 1',
      'index.onShow',
      'index.onReady',
    ])
    expect(appInstance.custom).toBe(42)
    expect(host.sent[0]).toEqual({ type: 'ready' })
  })

  it('sends the initial data and gives each instance its own copy of data and custom fields', async () => {
    const host = await launchApp(files)
    host.createPage(1, 'pages/index/index')
    host.createPage(2, 'pages/index/index', { x: 'y' })
    expect(host.of('pageData')).toEqual([
      { type: 'pageData', webviewId: 1, instanceId: 0, data: { list: [{ n: 1 }], name: 'index' } },
      { type: 'pageData', webviewId: 2, instanceId: 0, data: { list: [{ n: 1 }], name: 'index' } },
    ])
    const [a, b] = host.runtime.pages.current()
    ;(a!.data.list as Array<{ n: number }>)[0]!.n = 99
    ;(a!.shared as { hits: number }).hits++
    expect(b!.data.list).toEqual([{ n: 1 }])
    expect(b!.shared).toEqual({ hits: 0 })
    expect(b!.options).toEqual({ x: 'y' })
    expect(b!.route).toBe('pages/index/index')
  })

  it('getCurrentPages follows creation and unload messages', async () => {
    const host = await launchApp({
      ...files,
      'pages/stack/stack.js': `Page({ onShow() { getApp().globalData.stack = getCurrentPages().map(p => p.route + '#' + p.__wxWebviewId__) } })`,
    })
    host.createPage(1, 'pages/index/index')
    host.createPage(2, 'pages/detail/detail')
    host.createPage(3, 'pages/stack/stack')
    host.lifecycle(3, 'onShow')
    const g = host.runtime.app.instance!.globalData as { stack: string[]; log: string[] }
    expect(g.stack).toEqual(['pages/index/index#1', 'pages/detail/detail#2', 'pages/stack/stack#3'])
    host.lifecycle(2, 'onUnload') // redirect-like removal from the middle
    host.lifecycle(3, 'onShow')
    expect(g.stack).toEqual(['pages/index/index#1', 'pages/stack/stack#3'])
    expect(g.log).toContain('detail.onUnload')
    // a fresh array each time: callers cannot change the stack
    const pages = host.runtime.pages.current()
    pages.pop()
    expect(host.runtime.pages.current()).toHaveLength(2)
  })

  it('getCurrentPages is the host pageStack once sent; tab pages left out stay alive', async () => {
    const host = await launchApp({
      'app.js': `App({ globalData: { seen: [] } })`,
      'pages/tab1/tab1.js': `Page({ data: { n: 0 }, bump() { this.setData({ n: this.data.n + 1 }) }, onShow() { getApp().globalData.seen.push(getCurrentPages().map(p => p.route + '#' + p.__wxWebviewId__).join()) } })`,
      'pages/tab2/tab2.js': `Page({ onShow() { getApp().globalData.seen.push(getCurrentPages().map(p => p.route + '#' + p.__wxWebviewId__).join()) } })`,
    })
    const g = host.runtime.app.instance!.globalData as { seen: string[] }
    // what PageStack sends for launch on tab1, then switchTab to tab2 and back to tab1
    host.createPage(1, 'pages/tab1/tab1')
    host.send({ type: 'pageStack', webviewIds: [1] })
    host.lifecycle(1, 'onLoad')
    host.lifecycle(1, 'onShow')
    host.tap(1, 'bump')
    host.lifecycle(1, 'onHide')
    host.send({ type: 'pageStack', webviewIds: [] }) // tab1 detached, kept alive
    host.createPage(2, 'pages/tab2/tab2')
    host.send({ type: 'pageStack', webviewIds: [2] })
    host.lifecycle(2, 'onLoad')
    host.lifecycle(2, 'onShow')
    host.lifecycle(2, 'onHide')
    host.send({ type: 'pageStack', webviewIds: [] })
    host.send({ type: 'pageStack', webviewIds: [1] })
    host.lifecycle(1, 'onShow')
    expect(g.seen).toEqual(['pages/tab1/tab1#1', 'pages/tab2/tab2#2', 'pages/tab1/tab1#1'])
    // the same tab1 instance came back, and the dangling tab2 still handles messages
    expect(host.runtime.pages.byWebview(1)!.data.n).toBe(1)
    expect(host.runtime.pages.byWebview(2)).toBeDefined()
    // exactly the host's order; an unloaded page drops out even if listed
    host.send({ type: 'pageStack', webviewIds: [2, 1] })
    expect(host.runtime.pages.current().map((p) => p.__wxWebviewId__)).toEqual([2, 1])
    host.lifecycle(2, 'onUnload')
    expect(host.runtime.pages.current().map((p) => p.__wxWebviewId__)).toEqual([1])
  })

  it('app code sees no document and no window, even where the thread has them', async () => {
    // single-thread mode runs logic on a thread that has a DOM: the bundle must still not see it
    const g0 = globalThis as Record<string, unknown>
    g0.window = {}
    g0.document = {}
    const host = await launchApp({
      'app.js': `App({ globalData: { seen: [typeof document, typeof window, typeof wx, typeof getApp, typeof require] } })`,
      'pages/index/index.js': `getApp().globalData.inPage = [typeof document, typeof window]; Page({})`,
    })
    delete g0.window
    delete g0.document
    const g = host.runtime.app.instance!.globalData as Record<string, unknown>
    expect(g.seen).toEqual(['undefined', 'undefined', 'object', 'function', 'function'])
    expect(g.inPage).toEqual(['undefined', 'undefined'])
  })

  it('reports a route that no module registered', async () => {
    const host = await launchApp(files)
    host.createPage(5, 'pages/missing/missing')
    expect(host.of('error').map((m) => m.error.message)).toEqual([
      'Page "pages/missing/missing" has not been registered yet.',
    ])
    expect(host.of('pageData')).toEqual([])
  })

  it('loads a page module on its first pageCreate when the bundle did not require it', async () => {
    const host = await launchApp(files, { pages: ['pages/index/index.js'] })
    host.createPage(4, 'pages/detail/detail', { k: 'v' })
    expect(host.of('pageData')[0]).toMatchObject({ webviewId: 4, data: { name: 'detail' } })
  })

  it('Component() as a page constructor: methods, lifetimes and properties from the query', async () => {
    const host = await launchApp({
      'app.js': 'App({})',
      'pages/c/c.js': `Component({
        properties: { id: String, n: { type: Number, value: 3 } },
        data: { seen: [] },
        lifetimes: { attached() { this.data.seen.push('attached:' + this.data.id) } },
        methods: { onLoad(q) { this.data.seen.push('onLoad:' + q.id) }, tapIt() { this.setData({ tapped: true }) } },
      })`,
    })
    host.createPage(1, 'pages/c/c', { id: 'abc' })
    host.lifecycle(1, 'onLoad')
    host.tap(1, 'tapIt')
    const page = host.runtime.pages.byWebview(1)!
    expect(page.data).toMatchObject({
      id: 'abc',
      n: 3,
      seen: ['attached:abc', 'onLoad:abc'],
      tapped: true,
    })
  })
})

import { describe, expect, it } from 'vitest'
import { flush, launchApp, type FakeHost } from '../../test/fake-host.ts'

const files = {
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.js': `Page({ data: {} })`,
  'components/exp/index.js': `Component({
  behaviors: ['wx://component-export'],
  export() { return { api: 'exp' } },
})`,
  'components/err/index.js': `Component({
  options: { pureDataPattern: /^_/ },
  lifetimes: { error(e) { getApp().globalData.log.push('error:' + e.message) } },
  methods: {
    boom() { throw new Error('bad') },
    pure() { this.setData({ _x: 1 }, () => getApp().globalData.log.push('cb:' + this.data._x)) },
  },
})`,
}

const make = (host: FakeHost, componentId: string, instanceId = 1) =>
  host.send({
    type: 'instances',
    webviewId: 1,
    created: [
      { instanceId, componentId, ownerId: 0, parentId: null, id: 'x', dataset: {}, properties: {} },
    ],
    removed: [],
  })

function tap(handler: string) {
  const target = { id: '', dataset: {} }
  const event = {
    type: 'tap',
    timeStamp: 1,
    target,
    currentTarget: target,
    detail: {},
    touches: [],
    changedTouches: [],
    mark: {},
  }
  return { type: 'event' as const, webviewId: 1, instanceId: 1, handler, event }
}

async function page() {
  const host = await launchApp(files)
  host.createPage(1, 'pages/index/index')
  return host
}
const logOf = (host: FakeHost) => (host.runtime.app.instance!.globalData as { log: string[] }).log

describe('component instance API', () => {
  it('wx://component-export: selectComponent returns what export() returns', async () => {
    const host = await page()
    make(host, 'components/exp/index')
    const p = host.runtime.pages.byWebview(1) as unknown as { selectComponent(s: string): unknown }
    expect(p.selectComponent('#x')).toEqual({ api: 'exp' })
  })

  it('a method that throws is reported and reaches the error lifetime; the app goes on', async () => {
    const host = await page()
    make(host, 'components/err/index')
    host.send(tap('boom'))
    expect(logOf(host)).toEqual(['error:bad'])
    expect(host.of('error')[0]).toMatchObject({
      error: { message: 'bad' },
      where: '[Component] Event Handler Error @components/err/index#boom',
    })
  })

  it('a setData of pure data only sends nothing and still calls back', async () => {
    const host = await page()
    make(host, 'components/err/index')
    host.send(tap('pure'))
    await flush()
    expect(logOf(host)).toEqual(['cb:1'])
    expect(host.of('setData')).toEqual([])
  })

  it('an instance of a component without Component() is warned about, not created', async () => {
    const host = await page()
    make(host, 'components/none/index')
    expect(host.runtime.components.instance(1, 1)).toBeUndefined()
    expect(host.logs('warn')).toEqual([
      'Component "components/none/index" has no Component() definition in the logic bundle.',
    ])
  })

  it('componentDefinitionForView loads the component module on demand', async () => {
    const host = await page()
    expect(host.runtime.components.componentDefinitionForView('components/err/index')).toEqual({
      id: 'components/err/index',
      data: {},
      properties: {},
      externalClasses: [],
      options: { pureDataPattern: '^_' },
    })
    expect(host.runtime.components.componentDefinitionForView('nope')).toBe(null)
  })
})

describe('pageCreate with components', () => {
  it('answers defineComponents (modules loaded on demand) before pageData; unknown ids are left out', async () => {
    const host = await launchApp(files)
    host.send({
      type: 'pageCreate',
      webviewId: 1,
      route: 'pages/index/index',
      query: {},
      components: ['components/exp/index', 'components/none/index'],
    })
    const types = host.sent
      .map((m) => m.type)
      .filter((t) => t === 'defineComponents' || t === 'pageData')
    expect(types).toEqual(['defineComponents', 'pageData'])
    expect(host.of('defineComponents')[0]!.definitions.map((d) => d.id)).toEqual([
      'components/exp/index',
    ])
  })
})

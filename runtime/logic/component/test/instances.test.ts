import { describe, expect, it } from 'vitest'
import type { InstanceCreated } from '../../../../bridge/protocol.ts'
import { flush, launchApp, type FakeHost } from '../../test/fake-host.ts'

const log = `function log(x) { getApp().globalData.log.push(x) }\n`

const files = {
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.js': `Page({ data: {} })`,
  'behaviors/b.js': `${log}module.exports = Behavior({
    lifetimes: { created() { log('b.created:' + this.id) }, attached() { log('b.attached:' + this.id) } },
  })`,
  'components/card/index.js': `${log}const b = require('../../behaviors/b.js')
Component({
  behaviors: [b],
  properties: {
    title: { type: String, value: 'none', observer(n, o) { log('title:' + o + '->' + n) } },
    count: Number,
  },
  data: { list: [1, 2], obj: { x: 1 }, _secret: 0 },
  options: { pureDataPattern: /^_/ },
  observers: {
    'count, title'(count, title) { log('obs:' + count + ',' + title) },
    'obj.**'(obj) { log('obj:' + JSON.stringify(obj)) },
  },
  lifetimes: {
    created() { log('created:' + this.id) },
    attached() { log('attached:' + this.id) },
    ready() { log('ready:' + this.id) },
    detached() { log('detached:' + this.id) },
  },
  pageLifetimes: { show() { log('show:' + this.id) } },
  methods: {
    tap(e) { log('tap:' + e.type + ':' + (this.data === this.properties)); this.setData({ 'obj.x': 2 }) },
    fire() { this.triggerEvent('change', { v: 1, f() {} }, { bubbles: true, composed: true }) },
    secret() { this.setData({ _secret: 5 }) },
  },
})`,
}

const created = (instanceId: number, over: Partial<InstanceCreated> = {}): InstanceCreated => ({
  instanceId,
  componentId: 'components/card/index',
  ownerId: 0,
  parentId: null,
  id: `c${instanceId}`,
  dataset: {},
  properties: {},
  ...over,
})

async function page(): Promise<FakeHost> {
  const host = await launchApp(files)
  host.createPage(1, 'pages/index/index')
  return host
}
const logOf = (host: FakeHost) => (host.runtime.app.instance!.globalData as { log: string[] }).log
const inst = (host: FakeHost, id: number) => host.runtime.components.instance(1, id)!

describe('component instances', () => {
  it('creates instances with data, properties, id, dataset, is; lifetimes in tree order incl. behaviors', async () => {
    const host = await page()
    host.send({
      type: 'instances',
      webviewId: 1,
      created: [
        created(1, { dataset: { k: 'v' }, properties: { title: 'hi' } }),
        created(2, { ownerId: 1, parentId: 1 }),
      ],
      removed: [],
    })
    const c1 = inst(host, 1)
    expect(c1.data).toMatchObject({ title: 'hi', count: 0, list: [1, 2], obj: { x: 1 } })
    expect(c1.properties).toBe(c1.data)
    expect([c1.id, c1.dataset, c1.is]).toEqual(['c1', { k: 'v' }, 'components/card/index'])
    expect(inst(host, 2).data.title).toBe('none')
    // created for all (behavior first; what c1's template made before c1, as the platform
    // builds a shadow tree before `created`), given properties' observers, attached parent
    // first, then ready in the order of created
    expect(logOf(host)).toEqual([
      'b.created:c2',
      'created:c2',
      'b.created:c1',
      'created:c1',
      'obs:0,hi',
      'title:none->hi',
      'b.attached:c1',
      'attached:c1',
      'b.attached:c2',
      'attached:c2',
      'ready:c2',
      'ready:c1',
    ])
  })

  it('properties from the parent are coerced, then matching observers run once and observer(new, old)', async () => {
    const host = await page()
    host.send({ type: 'instances', webviewId: 1, created: [created(1)], removed: [] })
    logOf(host).length = 0
    const values = { title: 42, count: '7' }
    host.send({ type: 'properties', webviewId: 1, changes: [{ instanceId: 1, values }] })
    expect(inst(host, 1).data).toMatchObject({ title: '42', count: 7 })
    // one update: the 'count, title' observer sees both new values, once
    expect(logOf(host)).toEqual(['obs:7,42', 'title:none->42'])
    expect(host.of('setData')).toEqual([]) // the view already has the value
  })

  it('setData posts the instance id, updates data and runs observers synchronously', async () => {
    const host = await page()
    host.send({ type: 'instances', webviewId: 1, created: [created(3)], removed: [] })
    logOf(host).length = 0
    let called = 0
    inst(host, 3).setData({ count: 2, 'obj.x': 9 }, () => called++)
    expect(logOf(host)).toEqual(['obs:2,none', 'obj:{"x":9}'])
    const [msg] = host.of('setData')
    expect(msg).toMatchObject({ webviewId: 1, instanceId: 3 })
    expect(host.patches()).toEqual([{ count: 2, 'obj.x': 9 }])
    host.send({ type: 'setDataDone', webviewId: 1, callId: msg!.callId })
    expect(called).toBe(1)
  })

  it('pureDataPattern fields change this.data but are not sent', async () => {
    const host = await page()
    host.send({ type: 'instances', webviewId: 1, created: [created(1)], removed: [] })
    host.send(event(1, 'secret'))
    expect(inst(host, 1).data._secret).toBe(5)
    expect(host.of('setData')).toEqual([])
  })

  it('triggerEvent posts the event with its JSON detail and options', async () => {
    const host = await page()
    host.send({ type: 'instances', webviewId: 1, created: [created(4)], removed: [] })
    host.send(event(4, 'fire'))
    expect(host.of('triggerEvent')).toEqual([
      {
        type: 'triggerEvent',
        webviewId: 1,
        instanceId: 4,
        name: 'change',
        detail: { v: 1 },
        options: { bubbles: true, composed: true },
      },
    ])
  })

  it('events reach component methods; a missing one gets the platform warning', async () => {
    const host = await page()
    host.send({ type: 'instances', webviewId: 1, created: [created(1)], removed: [] })
    logOf(host).length = 0
    host.send(event(1, 'tap'))
    host.send(event(1, 'nope'))
    expect(logOf(host)).toEqual(['tap:tap:true', 'obj:{"x":2}'])
    expect(host.logs('warn')).toEqual([
      'Component "components/card/index" does not have a method "nope" to handle event "tap".',
    ])
  })

  it('detached on removal and on page unload; pageLifetimes follow the page', async () => {
    const host = await page()
    host.send({ type: 'instances', webviewId: 1, created: [created(1), created(2)], removed: [] })
    logOf(host).length = 0
    host.lifecycle(1, 'onShow')
    host.send({ type: 'instances', webviewId: 1, created: [], removed: [2] })
    expect(host.runtime.components.instance(1, 2)).toBeUndefined()
    host.lifecycle(1, 'onUnload')
    expect(logOf(host)).toEqual(['show:c1', 'show:c2', 'detached:c2', 'detached:c1'])
  })

  it('selectComponent by #id among owned instances; selectOwnerComponent', async () => {
    const host = await page()
    host.send({
      type: 'instances',
      webviewId: 1,
      created: [created(1, { id: 'a' }), created(2, { id: 'b', ownerId: 1, parentId: 1 })],
      removed: [],
    })
    const pageInst = host.runtime.pages.byWebview(1)! as unknown as Record<
      string,
      (s?: string) => unknown
    >
    expect(pageInst.selectComponent!('#a')).toBe(inst(host, 1))
    expect(pageInst.selectComponent!('#b')).toBe(null) // not in the page's own template
    const c1 = inst(host, 1) as unknown as Record<string, (s?: string) => unknown>
    expect(c1.selectAllComponents!('#b')).toEqual([inst(host, 2)])
    const c2 = inst(host, 2) as unknown as Record<string, () => unknown>
    expect(c2.selectOwnerComponent!()).toBe(inst(host, 1))
    expect(c1.selectOwnerComponent!()).toBe(host.runtime.pages.byWebview(1))
    await flush()
  })
})

function event(instanceId: number, handler: string) {
  const target = { id: '', dataset: {} }
  return {
    type: 'event' as const,
    webviewId: 1,
    instanceId,
    handler,
    event: {
      type: 'tap',
      timeStamp: 1,
      target,
      currentTarget: target,
      detail: {},
      touches: [],
      changedTouches: [],
      mark: {},
    },
  }
}

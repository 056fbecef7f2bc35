// `this.groupSetData(cb)` (Component instance API, used by vant's tabs): runs the callback at
// once, its setData calls reach the view in order; a throwing callback is reported.

import { expect, it } from 'vitest'
import { launchApp } from '../../test/fake-host.ts'

const files = {
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.js': `Page({ data: {} })`,
  'components/g/index.js': `Component({
  data: { a: 0, b: 0 },
  methods: {
    both() {
      this.groupSetData(() => { this.setData({ a: 1 }); this.setData({ b: 2 }) })
      getApp().globalData.log.push(this.data.a + this.data.b)
    },
    bad() { this.groupSetData(() => { throw new Error('in group') }) },
  },
})`,
}

async function instance() {
  const host = await launchApp(files)
  host.createPage(1, 'pages/index/index')
  host.send({
    type: 'instances',
    webviewId: 1,
    created: [
      {
        instanceId: 1,
        componentId: 'components/g/index',
        ownerId: 0,
        parentId: null,
        id: 'g',
        dataset: {},
        properties: {},
      },
    ],
    removed: [],
  })
  const inst = host.runtime.components.instance(1, 1) as unknown as Record<string, () => void>
  return { host, inst }
}

it('runs the callback at once and sends its setData calls in order', async () => {
  const { host, inst } = await instance()
  inst.both!()
  expect((host.runtime.app.instance!.globalData as { log: number[] }).log).toEqual([3])
  expect(host.of('setData').map((m) => m.patch)).toEqual(['{"a":1}', '{"b":2}'])
})

it('reports a callback that throws', async () => {
  const { host, inst } = await instance()
  inst.bad!()
  expect(host.of('error')[0]).toMatchObject({ error: { message: 'in group' } })
})

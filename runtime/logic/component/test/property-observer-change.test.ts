// A property's `observer` runs on this.setData only when the value changed (exparser:
// `observeAssignments || newValue !== oldValue`; glass-easel: `oldValue !== newValue`). weui's
// slideview calls setData({ buttons }) with the same array from inside the buttons observer.

import { expect, it } from 'vitest'
import { launchApp } from '../../test/fake-host.ts'

const files = {
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.js': `Page({ data: {} })`,
  'components/s/index.js': `Component({
  properties: {
    buttons: { type: Array, value: [], observer(n) {
      getApp().globalData.log.push('buttons:' + n.length)
      this.setData({ buttons: this.data.buttons })
    } },
    n: { type: Number, value: 0, observer(v, o) { getApp().globalData.log.push('n:' + o + '->' + v) } },
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
        componentId: 'components/s/index',
        ownerId: 0,
        parentId: null,
        id: 's',
        dataset: {},
        properties: {},
      },
    ],
    removed: [],
  })
  const inst = host.runtime.components.instance(1, 1) as unknown as {
    setData(d: Record<string, unknown>): void
  }
  const log = (host.runtime.app.instance!.globalData as { log: string[] }).log
  return { host, inst, log }
}

it('setting a property to the value it has does not run its observer', async () => {
  const { host, inst, log } = await instance()
  inst.setData({ buttons: [1, 2] })
  expect(log).toEqual(['buttons:2'])
  expect(host.of('error')).toEqual([])
  inst.setData({ n: 0 })
  inst.setData({ n: 3 })
  inst.setData({ n: 3 })
  expect(log).toEqual(['buttons:2', 'n:0->3'])
})

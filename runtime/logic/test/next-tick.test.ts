// wx.nextTick runs after the view applied the setData calls made before it: on the platform the
// component tree follows setData synchronously, so code after nextTick (vant's `set()` then
// `selectAllComponents`) finds the components that setData created.

import { expect, it } from 'vitest'
import { flush, launchApp } from './fake-host.ts'

const files = {
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.js': `const log = (x) => getApp().globalData.log.push(x)
Page({
  data: { n: 0 },
  bump() {
    this.setData({ n: 1 })
    wx.nextTick(() => log('tick after setData'))
  },
})`,
}

it('waits for setDataDone of the setData sent before it, then runs', async () => {
  const host = await launchApp(files)
  host.createPage(1, 'pages/index/index')
  host.tap(1, 'bump')
  const log = (host.runtime.app.instance!.globalData as { log: string[] }).log
  await flush()
  expect(log).toEqual([])
  const sent = host.of('setData').at(-1)!
  host.send({ type: 'setDataDone', webviewId: 1, callId: sent.callId })
  await flush()
  expect(log).toEqual(['tick after setData'])
})

// `this.renderer` on page and component instances (miniprogram-api-typings: InstanceProperties
// `renderer: 'webview' | 'skyline'`, "the renderer that renders this component"). mpsim renders
// with a webview. weui's slideview copies it into its data to choose its template.

import { expect, it } from 'vitest'
import { flush, launchApp } from '../../test/fake-host.ts'

const files = {
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.js': `Page({ onLoad() { getApp().globalData.log.push('page ' + this.renderer) } })`,
  'components/c/index.js': `Component({
  data: { renderer: 'unset' },
  created() { this.setData({ renderer: this.renderer }) },
})`,
}

it('is "webview" on pages and components, and not an enumerable field', async () => {
  const host = await launchApp(files)
  host.createPage(1, 'pages/index/index')
  host.lifecycle(1, 'onLoad')
  host.send({
    type: 'instances',
    webviewId: 1,
    created: [
      {
        instanceId: 1,
        componentId: 'components/c/index',
        ownerId: 0,
        parentId: null,
        id: 'c',
        dataset: {},
        properties: {},
      },
    ],
    removed: [],
  })
  const inst = host.runtime.components.instance(1, 1) as unknown as {
    renderer: string
    data: Record<string, unknown>
  }
  await flush()
  expect(inst.renderer).toBe('webview')
  expect(inst.data.renderer).toBe('webview')
  expect(Object.keys(inst)).not.toContain('renderer')
  expect((host.runtime.app.instance!.globalData as { log: string[] }).log).toEqual(['page webview'])
  expect(host.logs('warn')).toEqual([])
})

// Pins three points where mpsim followed neither exparser (j-component) nor glass-easel, found by
// the component differential test (test/differential/components): `created` sees the
// constructor's data (the template's property values arrive after it), `observers` run before a
// property's `observer`, and a relation's upper end is looked for only in the lower end's own
// template (a component does not link to instances its own template makes).

import { describe, expect, it } from 'vitest'
import type { InstanceCreated } from '../../../../bridge/protocol.ts'
import { launchApp, type FakeHost } from '../../test/fake-host.ts'

const log = `function log(...a) { getApp().globalData.log.push(a.join(' ')) }\n`

const files = {
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.js': `Page({ data: {} })`,
  'components/child/child.js': `${log}Component({
  properties: { v: { type: String, value: 'default', observer(n, o) { log('observer', n, o) } } },
  observers: { v(v) { log('observers', v) } },
  lifetimes: { created() { log('created', this.data.v) }, attached() { log('attached', this.data.v) } },
})`,
  'components/group/group.js': `${log}Component({
  relations: { '../item/item': { type: 'descendant', linked(t) { log('group linked', t.id) } } },
})`,
  'components/item/item.js': `${log}Component({
  relations: { '../group/group': { type: 'ancestor', linked(t) { log('item linked', t.id) } } },
})`,
}

const made = (
  instanceId: number,
  name: string,
  over: Partial<InstanceCreated> = {},
): InstanceCreated => ({
  instanceId,
  componentId: `components/${name}/${name}`,
  ownerId: 0,
  parentId: null,
  id: `${name}${instanceId}`,
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

describe('lifetime and observer order the frameworks agree on', () => {
  it('created sees the default; the given value arrives before observers and attached', async () => {
    const host = await page()
    const created = [made(1, 'child', { properties: { v: 'given' } })]
    host.send({ type: 'instances', webviewId: 1, created, removed: [] })
    expect(logOf(host)).toEqual([
      'created default',
      'observers given',
      'observer given default',
      'attached given',
    ])
  })

  it('observers run before the property observer, from the parent and from setData', async () => {
    const host = await page()
    host.send({ type: 'instances', webviewId: 1, created: [made(1, 'child')], removed: [] })
    logOf(host).length = 0
    host.send({
      type: 'properties',
      webviewId: 1,
      changes: [{ instanceId: 1, values: { v: 'p' } }],
    })
    host.runtime.components.instance(1, 1)!.setData({ v: 's' })
    expect(logOf(host)).toEqual([
      'observers p',
      'observer p default',
      'observers s',
      'observer s p',
    ])
  })

  it('a relation does not link to an instance the other end’s template made', async () => {
    const host = await page()
    // <group> whose own template holds <item>: the item's owner is the group
    const inside = [made(1, 'group'), made(2, 'item', { ownerId: 1, parentId: 1 })]
    host.send({ type: 'instances', webviewId: 1, created: inside, removed: [] })
    expect(logOf(host)).toEqual([])
    // <group><item/></group> in the page: both written in the page's template, they link
    const slotted = [made(3, 'group'), made(4, 'item', { parentId: 3 })]
    host.send({ type: 'instances', webviewId: 1, created: slotted, removed: [] })
    expect(logOf(host)).toEqual(['group linked item4', 'item linked group3'])
  })
})

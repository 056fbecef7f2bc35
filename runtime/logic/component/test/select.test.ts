// selectComponent / selectAllComponents: `#id`, `.class`, compounds and lists, among the
// instances the caller's own template created (owner === caller), `export()` applied.

import { describe, expect, it } from 'vitest'
import type { InstanceCreated } from '../../../../bridge/protocol.ts'
import { matchesSelector, parseSelector } from '../select.ts'
import { launchApp, type FakeHost } from '../../test/fake-host.ts'

const files = {
  'app.js': `App({})`,
  'pages/index/index.js': `Page({ data: {} })`,
  'components/item/item.js': `Component({})`,
  'components/exp/exp.js': `Component({
  behaviors: ['wx://component-export'],
  export() { return { from: this.id } },
})`,
}

const made = (
  instanceId: number,
  id: string,
  classes: string[],
  over: Partial<InstanceCreated> = {},
): InstanceCreated => ({
  instanceId,
  componentId: 'components/item/item',
  ownerId: 0,
  parentId: 0,
  id,
  dataset: {},
  properties: {},
  classes,
  ...over,
})

async function setup(): Promise<FakeHost> {
  const host = await launchApp(files)
  host.createPage(1, 'pages/index/index')
  host.send({
    type: 'instances',
    webviewId: 1,
    created: [
      made(1, 'a', ['item', 'on']),
      made(2, 'b', ['item']),
      // inside a's shadow tree: not found from the page
      made(3, 'c', ['item'], { ownerId: 1, parentId: 1 }),
      made(4, 'e', ['x'], { componentId: 'components/exp/exp' }),
    ],
    removed: [],
  })
  return host
}

type Selecting = {
  selectComponent(s: string): unknown
  selectAllComponents(s: string): unknown[]
}
const ids = (list: unknown[]) => list.map((i) => (i as { id: string }).id)

describe('selector parsing', () => {
  it('takes #id, .class, compounds and lists; refuses tags and combinators', () => {
    expect(parseSelector('#a.item, .on')).toEqual([
      { id: 'a', classes: ['item'] },
      { id: null, classes: ['on'] },
    ])
    for (const bad of ['item', '.a .b', '.a > .b', '#a[x]', '', '.a,'])
      expect(parseSelector(bad)).toBeNull()
    expect(matchesSelector(parseSelector('.item.on')!, 'z', ['on', 'item'])).toBe(true)
    expect(matchesSelector(parseSelector('.item.on')!, 'z', ['item'])).toBe(false)
  })
})

describe('selectComponent', () => {
  it('finds by #id and .class among the page template instances only, in creation order', async () => {
    const host = await setup()
    const page = host.runtime.pages.byWebview(1) as unknown as Selecting
    expect(ids(page.selectAllComponents('.item'))).toEqual(['a', 'b'])
    expect(ids(page.selectAllComponents('.item.on, #b'))).toEqual(['a', 'b'])
    expect((page.selectComponent('.item') as { id: string }).id).toBe('a')
    expect(page.selectComponent('#c')).toBeNull()
    expect(page.selectAllComponents('.nothing')).toEqual([])
  })

  it('a component selects in its own shadow tree', async () => {
    const host = await setup()
    const a = host.runtime.components.instance(1, 1) as unknown as Selecting
    expect(ids(a.selectAllComponents('.item'))).toEqual(['c'])
    expect(a.selectComponent('#b')).toBeNull()
  })

  it('returns export() results for wx://component-export components', async () => {
    const host = await setup()
    const page = host.runtime.pages.byWebview(1) as unknown as Selecting
    expect(page.selectComponent('.x')).toEqual({ from: 'e' })
    expect(page.selectAllComponents('#e, .x')).toEqual([{ from: 'e' }])
  })

  it('an unsupported selector warns and finds nothing', async () => {
    const host = await setup()
    const page = host.runtime.pages.byWebview(1) as unknown as Selecting
    expect(page.selectComponent('.item .on')).toBeNull()
    expect(page.selectAllComponents('item')).toEqual([])
    expect(host.logs('warn').filter((l) => l.includes('only "#id" and ".class"'))).toHaveLength(2)
  })
})

// relations between instances the view reports (parentId = composed parent). The docs
// ("组件间关系"): both ends must declare each other; `linked` runs after the node's `attached`,
// `unlinked` after its `detached`; `getRelationNodes` lists the linked nodes; `target` names a
// Behavior every linked node must have.

import { describe, expect, it } from 'vitest'
import type { InstanceCreated } from '../../../../bridge/protocol.ts'
import { resolvePath } from '../relations.ts'
import { launchApp, type FakeHost } from '../../test/fake-host.ts'

const log = `function log(x) { getApp().globalData.log.push(x) }\n`
const hooks = (name: string) =>
  `linked(t) { log('${name}.linked:' + this.id + '<-' + t.id) },
   unlinked(t) { log('${name}.unlinked:' + this.id + '<-' + t.id) },`

const files = {
  'app.js': `App({ globalData: { log: [] } })`,
  'pages/index/index.js': `Page({ data: {} })`,
  'behaviors/control.js': `module.exports = Behavior({})`,
  'components/group/group.js': `${log}Component({
  relations: { '../checkbox/checkbox': { type: 'child', ${hooks('group')} } },
  lifetimes: { attached() { log('attached:' + this.id) }, detached() { log('detached:' + this.id) } },
  methods: { boxes() { return this.getRelationNodes('../checkbox/checkbox').map((b) => b.id) } },
})`,
  'components/checkbox/checkbox.js': `${log}Component({
  behaviors: [require('../../behaviors/control.js')],
  relations: { '../group/group': { type: 'parent', ${hooks('box')} } },
  lifetimes: { attached() { log('attached:' + this.id) }, detached() { log('detached:' + this.id) } },
  methods: { group() { return this.getRelationNodes('../group/group').map((g) => g.id) } },
})`,
  'components/middle/middle.js': `Component({})`,
  'components/form/form.js': `${log}const control = require('../../behaviors/control.js')
Component({
  relations: { controls: { type: 'descendant', target: control, ${hooks('form')} } },
  methods: { controls() { return this.getRelationNodes('controls').map((c) => c.id) } },
})`,
  'components/field/field.js': `${log}Component({
  behaviors: [require('../../behaviors/control.js')],
  relations: { '/components/form/form': { type: 'ancestor', ${hooks('field')} } },
})`,
  'components/lonely/lonely.js': `${log}Component({
  relations: { '../group/group': { type: 'parent', ${hooks('lonely')} } },
})`,
}

let next = 1
const make = (componentId: string, parentId: number | null, over: Partial<InstanceCreated> = {}) =>
  ({
    instanceId: next++,
    componentId: `components/${componentId}/${componentId}`,
    ownerId: 0,
    parentId,
    id: `${componentId}${next - 1}`,
    dataset: {},
    properties: {},
    ...over,
  }) satisfies InstanceCreated

async function page(): Promise<FakeHost> {
  next = 1
  const host = await launchApp(files)
  host.createPage(1, 'pages/index/index')
  return host
}
const logOf = (host: FakeHost) => (host.runtime.app.instance!.globalData as { log: string[] }).log
const call = (host: FakeHost, id: number, method: string) =>
  (host.runtime.components.instance(1, id)![method] as () => unknown)()
const send = (host: FakeHost, created: InstanceCreated[], removed: number[] = []) =>
  host.send({ type: 'instances', webviewId: 1, created, removed })

describe('relations', () => {
  it('resolves relation paths against the component id', () => {
    expect(resolvePath('components/group/group', './checkbox')).toBe('components/group/checkbox')
    expect(resolvePath('components/group/group', '../checkbox/checkbox')).toBe(
      'components/checkbox/checkbox',
    )
    expect(resolvePath('components/a/a', '/components/b/b')).toBe('components/b/b')
  })

  it('a group and its checkboxes link after each checkbox attached, group side first', async () => {
    const host = await page()
    // <group id="group1"><checkbox/><checkbox/></group>: the checkboxes' parentId is the group
    send(host, [make('group', 0), make('checkbox', 1), make('checkbox', 1)])
    expect(logOf(host)).toEqual([
      'attached:group1',
      'attached:checkbox2',
      'group.linked:group1<-checkbox2',
      'box.linked:checkbox2<-group1',
      'attached:checkbox3',
      'group.linked:group1<-checkbox3',
      'box.linked:checkbox3<-group1',
    ])
    expect(call(host, 1, 'boxes')).toEqual(['checkbox2', 'checkbox3'])
    expect(call(host, 2, 'group')).toEqual(['group1'])
  })

  it('a checkbox added later links; a removed one unlinks after its detached', async () => {
    const host = await page()
    send(host, [make('group', 0), make('checkbox', 1)])
    send(host, [make('checkbox', 1)])
    expect(call(host, 1, 'boxes')).toEqual(['checkbox2', 'checkbox3'])
    logOf(host).length = 0
    send(host, [], [2])
    expect(logOf(host)).toEqual([
      'detached:checkbox2',
      'group.unlinked:group1<-checkbox2',
      'box.unlinked:checkbox2<-group1',
    ])
    expect(call(host, 1, 'boxes')).toEqual(['checkbox3'])
  })

  it('removing the group unlinks every checkbox', async () => {
    const host = await page()
    send(host, [make('group', 0), make('checkbox', 1), make('checkbox', 1)])
    const box = host.runtime.components.instance(1, 3)!
    send(host, [], [1, 2, 3])
    expect((box.group as () => unknown)()).toEqual([])
    expect(logOf(host).filter((l) => l.includes('unlinked'))).toEqual([
      'group.unlinked:group1<-checkbox2',
      'box.unlinked:checkbox2<-group1',
      'group.unlinked:group1<-checkbox3',
      'box.unlinked:checkbox3<-group1',
    ])
  })

  it('parent/child needs the direct composed parent; both ends must declare the relation', async () => {
    const host = await page()
    // group > middle > checkbox: not a child of the group. lonely declares a parent the group
    // does not declare back.
    send(host, [make('group', 0), make('middle', 1), make('checkbox', 2), make('lonely', 1)])
    expect(call(host, 1, 'boxes')).toEqual([])
    expect(logOf(host).filter((l) => l.includes('linked'))).toEqual([])
  })

  it('ancestor/descendant link across a middle component; target matches by behavior', async () => {
    const host = await page()
    // form > middle > field, form > checkbox (has the behavior but no ancestor relation)
    send(host, [make('form', 0), make('middle', 1), make('field', 2), make('checkbox', 1)])
    expect(logOf(host).filter((l) => l.includes('linked'))).toEqual([
      'form.linked:form1<-field3',
      'field.linked:field3<-form1',
    ])
    expect(call(host, 1, 'controls')).toEqual(['field3'])
    send(host, [], [3])
    expect(call(host, 1, 'controls')).toEqual([])
  })

  it('an unknown relation key gives no nodes', async () => {
    const host = await page()
    send(host, [make('group', 0)])
    const g = host.runtime.components.instance(1, 1)!
    expect((g.getRelationNodes as (k: string) => unknown[])('./nothing')).toEqual([])
  })
})

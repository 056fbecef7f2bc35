// The in-process engines of the components benchmark: a page of N instances of a small
// component (a `view` with two `text`s bound to properties `a` and `b`), written by hand with the
// DOM API, in glass-easel and in j-component. Each mounts synchronously on a page's document and
// updates synchronously, so the harness times them directly. mpsim runs as an app (mpsim.ts).

import { createRequire } from 'node:module'
import type { Page } from '../render/dom.ts'

export interface Item {
  id: number
  a: string
  b: string
}

/** The child component's template and the page's, the same text for every engine. */
export const ITEM_WXML = '<view class="item"><text>{{a}}</text><text>{{b}}</text></view>'
export const PAGE_WXML =
  '<item wx:for="{{list}}" wx:key="id" id="c{{item.id}}" a="{{item.a}}" b="{{item.b}}"/>'

export function makeItems(n: number): Item[] {
  return Array.from({ length: n }, (_, id) => ({ id, a: `a${id}`, b: `b${id}` }))
}

export interface Mounted {
  /** The parent's `setData({ 'list[i].a': value })`: flows into instance i's property `a`. */
  setParent(index: number, value: string): void
  /** Instance i's own `setData({ b: value })`. */
  setChild(index: number, value: string): void
  destroy(): void
}

export interface Engine {
  name: string
  /** Whether it needs the global `window`/`document` to be the page's (see ../render/dom.ts). */
  globalDom: boolean
  /** Once, not timed: compile and register both components for this list. */
  prepare(items: Item[]): (page: Page) => Mounted
}

const require = createRequire(import.meta.url)

/** A host element per instance, a `div` and two `span`s: what no renderer can do with less. */
export const hand: Engine = {
  name: 'hand-written DOM',
  globalDom: false,
  prepare: (items) => (page) => {
    const doc = page.document
    const root = doc.createElement('div')
    const texts: [Element, Element][] = []
    for (const item of items) {
      const host = doc.createElement('item')
      host.id = `c${item.id}`
      const view = doc.createElement('div')
      view.className = 'item'
      const a = doc.createElement('span')
      a.textContent = item.a
      const b = doc.createElement('span')
      b.textContent = item.b
      view.append(a, b)
      host.appendChild(view)
      root.appendChild(host)
      texts.push([a, b])
    }
    doc.body.appendChild(root)
    return {
      setParent: (i, value) => void (texts[i]![0].textContent = value),
      setChild: (i, value) => void (texts[i]![1].textContent = value),
      destroy: () => root.remove(),
    }
  },
}

interface GeComponent {
  setData(patch: Record<string, unknown>): void
  getBackendElement(): unknown
  getShadowRoot(): { getElementById(id: string): GeComponent | undefined } | null
}

/** glass-easel with its template compiler; `view`/`text` are native nodes (as in ../render). */
export const glassEasel: Engine = {
  name: 'glass-easel',
  globalDom: true,
  prepare(items) {
    const ge = require('glass-easel')
    const { TmplGroup } = require('glass-easel-template-compiler')
    const group = new TmplGroup()
    group.addTmpl('item', ITEM_WXML)
    group.addTmpl('page', PAGE_WXML)
    const groupList = new Function(`return ${group.getTmplGenObjectGroups()}`)()
    group.free()
    const item = ge.registerElement({
      template: { groupList, content: groupList.item },
      properties: { a: String, b: String },
    })
    const def = ge
      .registerElement({
        template: { groupList, content: groupList.page },
        using: { item: item.general() },
        data: { list: items },
      })
      .general()
    return (page) => {
      const backend = new ge.CurrentWindowBackendContext()
      const comp = ge.Component.createWithContext('page', def, backend) as GeComponent
      const root = comp.getBackendElement() as Element
      page.document.body.appendChild(root)
      const child = lookup((i) => comp.getShadowRoot()!.getElementById(`c${i}`)!)
      return {
        setParent: (i, value) => comp.setData({ [`list[${i}].a`]: value }),
        setChild: (i, value) => child(i).setData({ b: value }),
        destroy: () => root.remove(),
      }
    }
  },
}

interface SimulateComponent {
  setData(patch: Record<string, unknown>): void
  querySelector(selector: string): SimulateComponent | undefined
  attach(parent: Element): void
  detach(): void
}

/** j-component through miniprogram-simulate's `load` (its JavaScript template compiler). */
export const jComponent: Engine = {
  name: 'j-component',
  globalDom: true,
  prepare(items) {
    const sim = require('miniprogram-simulate')
    const item = sim.load({ template: ITEM_WXML, properties: { a: String, b: String } }) as string
    const id = sim.load({
      template: PAGE_WXML,
      usingComponents: { item },
      data: { list: items },
    }) as string
    return (page) => {
      const comp = sim.render(id) as SimulateComponent
      const parent = page.document.createElement('div')
      page.document.body.appendChild(parent)
      comp.attach(parent)
      const child = lookup((i) => comp.querySelector(`#c${i}`)!)
      return {
        setParent: (i, value) => comp.setData({ [`list[${i}].a`]: value }),
        setChild: (i, value) => child(i).setData({ b: value }),
        destroy: () => comp.detach(),
      }
    }
  },
}

/** Finds an instance once, so the child's update times its setData, not the search. */
function lookup<T>(find: (index: number) => T): (index: number) => T {
  const found = new Map<number, T>()
  return (i) => {
    let hit = found.get(i)
    if (hit === undefined) found.set(i, (hit = find(i)))
    return hit
  }
}

export const engines: Engine[] = [hand, glassEasel, jComponent]

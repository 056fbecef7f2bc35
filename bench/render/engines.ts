// The four renderers the render benchmarks compare, behind one small interface: prepare once
// for a list (compile, register), mount it on a page (the timed initial render), and change one
// row's name (the timed update). All render the same row template.

import { createRequire } from 'node:module'
import type { Page } from './dom.ts'

export interface Row {
  id: number
  name: string
  desc: string
}

export const ROW_WXML =
  '<view wx:for="{{list}}" wx:key="id" class="row" data-id="{{item.id}}">' +
  '<text>{{item.name}}</text><text>{{item.desc}}</text></view>'

export interface Mounted {
  /** Sets `list[index].name` and updates the DOM synchronously. */
  setName(index: number, value: string): void
  destroy(): void
}

export interface Engine {
  name: string
  /** Whether it needs the global `window`/`document` to be the page's (see dom.ts). */
  globalDom: boolean
  /** Once per list, not timed: compile and register the template with this list as data. */
  prepare(list: Row[]): Mounter | Promise<Mounter>
}

export type Mounter = (page: Page) => Mounted

export function makeList(n: number): Row[] {
  return Array.from({ length: n }, (_, id) => ({ id, name: `name ${id}`, desc: `row ${id}` }))
}

const require = createRequire(import.meta.url)

/** What a person would write by hand with the DOM API: the floor for any renderer. */
export const hand: Engine = {
  name: 'hand-written DOM',
  globalDom: false,
  prepare: (list) => (page) => {
    const doc = page.document
    const root = doc.createElement('div')
    const names: Element[] = []
    for (const item of list) {
      const row = doc.createElement('div')
      row.className = 'row'
      row.setAttribute('data-id', String(item.id))
      const name = doc.createElement('span')
      name.textContent = item.name
      const desc = doc.createElement('span')
      desc.textContent = item.desc
      row.append(name, desc)
      root.appendChild(row)
      names.push(name)
    }
    doc.body.appendChild(root)
    return {
      setName: (index, value) => void (names[index]!.textContent = value),
      destroy: () => root.remove(),
    }
  },
}

interface GlassEaselElement {
  setData(patch: Record<string, unknown>): void
  getBackendElement(): unknown
}

export const glassEasel: Engine = {
  name: 'glass-easel',
  globalDom: true,
  prepare(list) {
    const ge = require('glass-easel')
    const { TmplGroup } = require('glass-easel-template-compiler')
    const group = new TmplGroup()
    group.addTmpl('row', ROW_WXML)
    const groupList = new Function(`return ${group.getTmplGenObjectGroups()}`)()
    group.free()
    const template = { groupList, content: groupList.row }
    const def = ge.registerElement({ template, data: { list } }).general()
    return (page) => {
      const backend = new ge.CurrentWindowBackendContext()
      const comp = ge.Component.createWithContext('root', def, backend) as GlassEaselElement
      const root = comp.getBackendElement() as Element
      page.document.body.appendChild(root)
      return {
        setName: (index, value) => comp.setData({ [`list[${index}].name`]: value }),
        destroy: () => root.remove(),
      }
    }
  },
}

interface SimulateComponent {
  setData(patch: Record<string, unknown>): void
  attach(parent: Element): void
  detach(): void
}

export const simulate: Engine = {
  name: 'miniprogram-simulate',
  globalDom: true,
  prepare(list) {
    const sim = require('miniprogram-simulate')
    const id = sim.load({ template: ROW_WXML, data: { list } }) as string
    return (page) => {
      const comp = sim.render(id) as SimulateComponent
      const parent = page.document.createElement('div')
      page.document.body.appendChild(parent)
      comp.attach(parent)
      return {
        setName: (index, value) => comp.setData({ [`list[${index}].name`]: value }),
        destroy: () => comp.detach(),
      }
    }
  },
}

type RenderWxml = typeof import('../../test/support/render.ts').renderWxml

export const mpsim: Engine = {
  name: 'mpsim',
  globalDom: false,
  async prepare(list) {
    const mod = (await import('../../test/support/render.ts')) as { renderWxml?: RenderWxml }
    const renderWxml = mod.renderWxml
    if (typeof renderWxml !== 'function') {
      throw new Error('renderWxml is not implemented yet (test/support/render.ts)')
    }
    const files = { 'index.wxml': ROW_WXML }
    return (page) => {
      const r = renderWxml(files, 'index.wxml', { list }, { document: page.document })
      if (r.errors.length) throw new Error(r.errors.join('\n'))
      if (!r.root.isConnected) page.document.body.appendChild(r.root)
      return {
        setName: (index, value) => r.setData({ [`list[${index}].name`]: value }),
        destroy: () => r.destroy(),
      }
    }
  },
}

export const engines: Engine[] = [hand, glassEasel, simulate, mpsim]

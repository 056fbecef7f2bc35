// wcc engine: the platform compiler's virtual tree, normalised directly. A patch is applied to
// the data and the tree generated again: the generated function is pure, so this is what the
// view layer's diff must arrive at.
import { applyPatch } from '../data-path.ts'
import { makeElement, mergeText, serialise } from '../normalise.ts'
import type { DiffCase, Engine, EngineRun, NormalNode } from '../types.ts'
import { compileWcc, type WccNode } from './wcc-compile.ts'

function isNode(v: unknown): v is WccNode {
  return typeof v === 'object' && v !== null && typeof (v as WccNode).tag === 'string'
}

export function normaliseWcc(children: unknown[]): NormalNode[] {
  const out: NormalNode[] = []
  for (const child of children) {
    if (!isNode(child)) {
      if (child !== undefined && child !== null) out.push(String(child))
      continue
    }
    const kids = normaliseWcc(child.children ?? [])
    if (child.tag === 'virtual' || !child.tag.startsWith('wx-')) {
      out.push(...kids)
      continue
    }
    const attr = child.attr ?? {}
    // built-ins declare `hidden` as a Boolean property: any truthy value hides
    const attrs = {
      class: attr['class'],
      style: attr['style'],
      id: attr['id'],
      hidden: !!attr['hidden'],
    }
    out.push(makeElement(child.tag.slice(3), attrs, kids))
  }
  return mergeText(out)
}

function run(c: DiffCase): EngineRun {
  const gen = compileWcc(c.files)('index.wxml')
  let data = structuredClone(c.data)
  const snap = () => serialise(normaliseWcc(gen(structuredClone(data), {}, {}).children ?? []))
  const snapshots = [snap()]
  for (const patch of c.patches ?? []) {
    data = applyPatch(data, structuredClone(patch))
    snapshots.push(snap())
  }
  return { snapshots, reportsHidden: true, reportsId: true }
}

export const wccEngine: Engine = { name: 'wcc', run }

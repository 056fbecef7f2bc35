// What the view keeps for each element it created: who owns it, its scope (to evaluate event
// handler expressions), its events, dataset and marks. Stored on the element under one symbol.

import type { BuiltinInstance } from '../builtins/index.ts'
import type { EventSpec } from '../template/ir.ts'
import type { ComponentInstance } from './component.ts'
import type { Scope } from './scope.ts'

export interface ElementInfo {
  el: Element
  owner: ComponentInstance
  scope: Scope
  id: string
  dataset: Record<string, unknown>
  marks: Record<string, unknown>
  events: EventSpec[] | null
  /** Two-way bindings: property → data path in the owner. */
  models: Array<[string, string]> | null
  builtin: BuiltinInstance | null
  /** The `class` value as the template wrote it, before style-isolation mapping. */
  classText?: string
  /** Set when the element is a custom component's host. */
  component: ComponentInstance | null
}

const INFO = Symbol.for('mpsim.element')

export function setInfo(el: Element, info: ElementInfo): void {
  ;(el as unknown as Record<symbol, ElementInfo>)[INFO] = info
}

export function getInfo(node: Node | null): ElementInfo | undefined {
  return node ? (node as unknown as Record<symbol, ElementInfo | undefined>)[INFO] : undefined
}

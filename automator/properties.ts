// Element.getProperties: a component's properties as the client's `element.property(name)` reads
// them. `__propPublic` lists the names it may ask for; built-ins answer from their control
// (value, checked…) or attributes, custom components from their data in logic.

import type { Element } from '../headless/element.ts'
import { choices, fields } from '../runtime/view/builtins/registry.ts'
import { getInfo } from '../runtime/view/render/element-info.ts'
import { componentCall } from './component.ts'
import { translation } from './element-actions.ts'

/** Names a built-in may answer besides its attributes. */
const BUILTIN_NAMES = ['value', 'checked', 'disabled', 'placeholder', 'type', 'maxlength', 'name']

export async function readProperty(el: Element, name: string): Promise<unknown> {
  const component = getInfo(el.node)?.component
  const custom = component !== null && component !== undefined && component.host === el.node
  if (name === '__propPublic') return custom ? publicOfComponent(el) : publicOfBuiltin(el)
  if (custom) return componentCall(el, 'getData', name)
  return builtinProperty(el, name)
}

async function publicOfComponent(el: Element): Promise<Record<string, boolean>> {
  const data = (await componentCall(el, 'getData', '')) as Record<string, unknown> | null
  return Object.fromEntries(Object.keys(data ?? {}).map((k) => [k, true]))
}

function publicOfBuiltin(el: Element): Record<string, boolean> {
  const out: Record<string, boolean> = {}
  for (const attr of el.node.getAttributeNames()) out[camel(attr)] = true
  for (const name of BUILTIN_NAMES) if (builtinProperty(el, name) !== undefined) out[name] = true
  return out
}

function builtinProperty(el: Element, name: string): unknown {
  const node = el.node
  if (name === '_translateX' || name === '_translateY')
    return translation(node)[name === '_translateX' ? 'x' : 'y']
  if (name === 'checked') {
    const choice = choices.get(node)
    if (choice) return choice.checked()
    if (el.tagName === 'switch') return fields.get(node)?.value()
  }
  if (name === 'value' && fields.get(node)) return fields.get(node)!.value()
  const control = controlOf(node) as unknown as Record<string, unknown> | null
  if (control && name in control && typeof control[name] !== 'function') return control[name]
  if (name === 'disabled') return node.hasAttribute('disabled')
  const attr = node.getAttribute(kebab(name)) ?? node.getAttribute(name)
  return attr ?? undefined
}

function controlOf(node: globalThis.Element): HTMLInputElement | HTMLTextAreaElement | null {
  const tag = node.tagName.toLowerCase()
  if (tag === 'input' || tag === 'textarea') return node as HTMLInputElement
  if (tag !== 'wx-input' && tag !== 'wx-textarea') return null
  return node.querySelector('input, textarea')
}

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

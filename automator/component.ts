// A custom component's instance in logic, found from its host element in the view (the view's
// instance id is logic's): its data, setData and methods, as the client's CustomElement asks.

import type { Element } from '../headless/element.ts'
import { getInfo } from '../runtime/view/render/element-info.ts'
import { AutomatorError } from './errors.ts'

type Op = 'getData' | 'setData' | 'callMethod'

const COMPONENT_CODE = `function (webviewId, instanceId, op, a, b) {
  const record = __mpsimComponents(webviewId).find((r) => r.instanceId === instanceId)
  if (!record) throw new Error('component ' + instanceId + ' is not alive in logic')
  const c = record.instance
  if (op === 'getData') {
    if (!a) return c.data
    return a.split(/[.\\[\\]]/).filter(Boolean).reduce((o, k) => (o == null ? undefined : o[k]), c.data)
  }
  if (op === 'setData') return new Promise((resolve) => c.setData(a, () => resolve(undefined)))
  if (typeof c[a] !== 'function') throw new Error('component ' + c.is + ' has no method ' + a)
  return c[a](...b)
}`

export async function componentCall(el: Element, op: Op, ...args: unknown[]): Promise<unknown> {
  const component = getInfo(el.node)?.component
  if (!component || component.host !== el.node)
    throw new AutomatorError(`Element.${op}: <${el.tagName}> is not a custom component`)
  const program = el.page.program
  const value = await program.evaluate(COMPONENT_CODE, el.page.webviewId, component.id, op, ...args)
  if (op !== 'getData') await program.settle()
  return value
}

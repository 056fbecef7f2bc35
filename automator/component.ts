// A custom component's instance in logic, found from its host element in the view (the view's
// instance id is logic's): its data, setData and methods, as the client's CustomElement asks.

import type { Element } from '../headless/element.ts'
import { getInfo } from '../runtime/view/render/element-info.ts'
import { AutomatorError } from './errors.ts'
import { COMPONENT_CODE } from './logic-code.ts'

type Op = 'getData' | 'setData' | 'callMethod'

export async function componentCall(el: Element, op: Op, ...args: unknown[]): Promise<unknown> {
  const component = getInfo(el.node)?.component
  if (!component || component.host !== el.node)
    throw new AutomatorError(`Element.${op}: <${el.tagName}> is not a custom component`)
  const program = el.page.program
  const value = await program.evaluate(COMPONENT_CODE, el.page.webviewId, component.id, op, ...args)
  if (op !== 'getData') await program.settle()
  return value
}

// Event binding attributes: bindtap, bind:tap, catch:tap, mut-bind:tap, capture-bind:tap,
// capture-catch:tap. The handler is a method name or an expression that yields one.

import type { WxmlAttribute } from '../ast.ts'
import { EventFlag } from '../../../runtime/view/template/ir.ts'
import type { TransformContext } from '../context.ts'
import { valueCode } from './values.ts'

const EVENT_ATTR = /^(capture-catch|capture-bind|mut-bind|bind|catch):?(.+)$/

const FLAGS: Record<string, number> = {
  bind: EventFlag.Bind,
  catch: EventFlag.Catch,
  'mut-bind': EventFlag.Mut,
  'capture-bind': EventFlag.Capture,
  'capture-catch': EventFlag.Capture | EventFlag.Catch,
}

/** The event spec source for an event attribute, or null if the attribute is not one. */
export function eventCode(attr: WxmlAttribute, ctx: TransformContext): string | null {
  const match = EVENT_ATTR.exec(attr.name)
  if (!match) return null
  const [, prefix = 'bind', name = ''] = match
  const handler = valueCode(attr.value ?? '', attr.valueLoc, ctx)
  return `{n:${JSON.stringify(name)},h:${handler},f:${FLAGS[prefix] ?? 0}}`
}

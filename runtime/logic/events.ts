// User events from the view: the handler named in the template runs on the page instance with
// the event object; a missing handler gets the platform's warning. `model:` writes update the
// data without a round trip back to the view.

import type { HostToLogic } from '../../bridge/protocol.ts'
import { where, type ErrorGuard } from './errors.ts'
import { PAGE_INSTANCE_ID, type PageRegistry } from './page.ts'
import type { SetDataChannel } from './set-data.ts'

export const missingHandlerWarning = (route: string, handler: string, type: string) =>
  `Component "${route}" does not have a method "${handler}" to handle event "${type}".`

export interface EventContext {
  pages: PageRegistry
  guard: ErrorGuard
  setData: SetDataChannel
  warn(message: string): void
}

export function dispatchEvent(
  ctx: EventContext,
  msg: Extract<HostToLogic, { type: 'event' }>,
): void {
  const page = ctx.pages.byWebview(msg.webviewId)
  if (!page) return ctx.warn(`event "${msg.event.type}" for unknown webview ${msg.webviewId}`)
  if (msg.instanceId !== PAGE_INSTANCE_ID) {
    // custom components' logic comes with Component() (issue 5)
    return ctx.warn(
      `event "${msg.event.type}" for component instance ${msg.instanceId}: components are not supported yet`,
    )
  }
  const fn = page[msg.handler]
  if (typeof fn !== 'function') {
    return ctx.warn(missingHandlerWarning(page.route, msg.handler, msg.event.type))
  }
  ctx.guard.run(where.handler(page.route, msg.handler), () => fn.call(page, msg.event))
}

export function applyModelChange(
  ctx: EventContext,
  msg: Extract<HostToLogic, { type: 'modelChange' }>,
): void {
  const page = ctx.pages.byWebview(msg.webviewId)
  if (!page || msg.instanceId !== PAGE_INSTANCE_ID) return
  ctx.setData.applyModel(page.data, msg.path, msg.value)
}

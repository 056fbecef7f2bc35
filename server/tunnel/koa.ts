// The tunnel callbacks as Koa middleware: the node:http handler given Koa's raw request and
// response (Koa must not answer them itself).

import type { Middleware } from 'koa'
import type { Logger } from '../http-util.ts'
import { type TunnelEvents, tunnelCallbacks } from './api-client.ts'

export function koaTunnelCallbacks(secret: string, events: TunnelEvents, log?: Logger): Middleware {
  const handle = tunnelCallbacks(secret, events, log)
  return async (ctx) => {
    ctx.respond = false
    await handle(ctx.req, ctx.res)
  }
}

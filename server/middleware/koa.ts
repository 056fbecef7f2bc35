// Middleware for Koa: `koaLogin` answers the login exchange (a body parser before it is
// optional), `koaSession` puts the caller's session on `ctx.state.wxSession` or answers 401.

import type { Middleware } from 'koa'
import type { Authenticator } from '../auth/types.ts'
import { readBody } from '../http-util.ts'
import {
  type Answer,
  SKEY_HEADER,
  failure,
  loginAnswer,
  logoutAnswer,
  sessionOrAnswer,
} from './core.ts'

const answer = (ctx: { status: number; body: unknown }, a: Answer) => {
  ctx.status = a.status
  ctx.body = a.body
}

export function koaLogin(auth: Authenticator): Middleware {
  return async (ctx) => {
    const parsed = (ctx.request as { body?: unknown }).body
    try {
      const body = parsed !== undefined ? parsed : await readBody(ctx.req)
      answer(ctx, await loginAnswer(auth, body))
    } catch (e) {
      answer(ctx, failure(e))
    }
  }
}

export function koaLogout(auth: Authenticator): Middleware {
  return async (ctx) => answer(ctx, await logoutAnswer(auth, ctx.get(SKEY_HEADER)))
}

export function koaSession(auth: Authenticator): Middleware {
  return async (ctx, next) => {
    const found = await sessionOrAnswer(auth, ctx.get(SKEY_HEADER) || undefined)
    if ('answer' in found) return answer(ctx, found.answer)
    ctx.state.wxSession = found.session
    await next()
  }
}

// The same tiny business server written three ways (node:http, Express, Koa), each with
// POST /login, POST /logout and GET /me behind the session check.

import express from 'express'
import Koa from 'koa'
import { createServer } from 'node:http'
import type { Authenticator } from '../../server/auth/types.ts'
import { listen, sendJson } from '../../server/http-util.ts'
import { expressLogin, expressLogout, expressSession } from '../../server/middleware/express.ts'
import { koaLogin, koaLogout, koaSession } from '../../server/middleware/koa.ts'
import { loginHandler, logoutHandler, withSession } from '../../server/middleware/node.ts'

export type Framework = 'http' | 'express' | 'koa'

export function startBusinessApp(framework: Framework, auth: Authenticator) {
  if (framework === 'express') {
    const app = express()
    app.post('/login', express.json({ limit: '16kb' }), expressLogin(auth))
    app.post('/logout', expressLogout(auth))
    app.get('/me', expressSession(auth), (req, res) => {
      res.json({ code: 0, data: req.wxSession })
    })
    return listen(createServer(app))
  }
  if (framework === 'koa') {
    const app = new Koa()
    const login = koaLogin(auth)
    const logout = koaLogout(auth)
    const session = koaSession(auth)
    app.use(async (ctx, next) => {
      if (ctx.path === '/login') return login(ctx, next)
      if (ctx.path === '/logout') return logout(ctx, next)
      if (ctx.path === '/me')
        return session(ctx, async () => {
          ctx.body = { code: 0, data: ctx.state.wxSession }
        })
    })
    return listen(createServer(app.callback()))
  }
  const login = loginHandler(auth)
  const logout = logoutHandler(auth)
  const me = withSession(auth, (_req, res, session) =>
    sendJson(res, 200, { code: 0, data: session }),
  )
  return listen(
    createServer((req, res) => {
      const path = req.url?.split('?')[0]
      const handler = path === '/login' ? login : path === '/logout' ? logout : me
      handler(req, res).catch(() => sendJson(res, 500, { code: -1 }))
    }),
  )
}

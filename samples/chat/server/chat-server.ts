// The chat's business server (Express): login and "who am I" through mpsim/server's middleware,
// a tunnel per user from the tunnel service, and one room: whoever connects is announced, whatever
// someone says is broadcast with who said it, whoever leaves is announced.

import express from 'express'
import { createServer } from 'node:http'
import type { Authenticator } from '../../../server/auth/types.ts'
import { type Listening, type Logger, listen } from '../../../server/http-util.ts'
import { expressLogin, expressSession } from '../../../server/middleware/express.ts'
import { tunnelApi, tunnelCallbacks } from '../../../server/tunnel/api-client.ts'

export interface ChatServerOptions {
  auth: Authenticator
  tunnel: { url: string; secret: string }
  host?: string
  port?: number
  log?: Logger
}

interface Person {
  openid: string
  nickName: string
}

export async function startChatServer(options: ChatServerOptions): Promise<Listening> {
  const tunnels = tunnelApi(options.tunnel)
  const people = new Map<string, Person>()
  const pending = new Map<string, Person>()
  const app = express()
  let self = ''
  app.post('/weapp/login', express.json({ limit: '16kb' }), expressLogin(options.auth))
  app.get('/weapp/user', expressSession(options.auth), (req, res) => {
    res.json({ code: 0, data: personOf(req.wxSession!) })
  })
  app.get('/weapp/tunnel', expressSession(options.auth), (req, res, next) => {
    tunnels.create(`${self}/weapp/tunnel/callback`).then(({ tunnelId, connectUrl }) => {
      pending.set(tunnelId, personOf(req.wxSession!))
      res.json({ code: 0, data: { connectUrl } })
    }, next)
  })
  app.post(
    '/weapp/tunnel/callback',
    tunnelCallbacks(
      options.tunnel.secret,
      {
        async connect(id) {
          const who = pending.get(id)
          if (!who) return tunnels.close([id])
          pending.delete(id)
          people.set(id, who)
          await tunnels.send([...people.keys()], 'people', { total: people.size, enter: who })
        },
        async message(id, type, content) {
          const who = people.get(id)
          const word = (content as { word?: unknown } | null)?.word
          if (!who || type !== 'speak' || typeof word !== 'string') return
          await tunnels.send([...people.keys()], 'speak', { who, word: word.slice(0, 500) })
        },
        async close(id) {
          const who = people.get(id)
          if (!people.delete(id) || !who) return
          if (people.size) await tunnels.send([...people.keys()], 'people', { total: people.size, leave: who })
        },
      },
      options.log,
    ),
  )
  const listening = await listen(createServer(app), options)
  self = listening.url
  return listening
}

function personOf(session: { openid: string; userInfo?: Record<string, unknown> }): Person {
  return { openid: session.openid, nickName: String(session.userInfo?.nickName ?? 'someone') }
}

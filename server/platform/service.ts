// `mpsim platform`: the simulated platform over HTTP. Developers' servers call
// GET /sns/jscode2session as they call api.weixin.qq.com; mpsim's host (wx.login,
// wx.getUserProfile) calls the /mpsim/* endpoints, standing in for the WeChat client. Errors
// answer HTTP 200 with { errcode, errmsg }, as the platform does. Nothing secret is logged.

import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import {
  HttpError,
  type Listening,
  type Logger,
  listen,
  parseJson,
  readBody,
  sendJson,
  silentLogger,
} from '../http-util.ts'
import { type PlatformOptions, PlatformState } from './state.ts'

export interface PlatformService extends Listening {
  state: PlatformState
}

export async function startPlatform(
  options: PlatformOptions & { host?: string; port?: number; log?: Logger },
): Promise<PlatformService> {
  const state = new PlatformState(options)
  const log = options.log ?? silentLogger
  const server = createServer((req, res) => {
    handle(state, req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500
      if (status === 500) log('error', `platform: ${req.method} ${pathOf(req)}: ${String(e)}`)
      sendJson(res, status, { errcode: -1, errmsg: e instanceof Error ? e.message : 'error' })
    })
  })
  const listening = await listen(server, options)
  log('info', `platform listening on ${listening.url}`)
  return { ...listening, state }
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://x').pathname
}

async function handle(state: PlatformState, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://x')
  // The client endpoints answer any origin: the browser simulator's host calls them from a page.
  if (url.pathname.startsWith('/mpsim/')) {
    res.setHeader('access-control-allow-origin', '*')
    res.setHeader('access-control-allow-headers', 'content-type')
    if (req.method === 'OPTIONS') return void res.writeHead(204).end()
  }
  if (url.pathname === '/sns/jscode2session') {
    const q = Object.fromEntries(url.searchParams)
    return sendJson(res, 200, state.code2Session(q))
  }
  if (req.method !== 'POST') throw new HttpError(404, `no ${req.method} ${url.pathname}`)
  const body = parseJson(await readBody(req))
  const appid = String(body.appid ?? '')
  const user = String(body.user ?? 'mpsim-user')
  if (url.pathname === '/mpsim/login') return sendJson(res, 200, state.issueCode(appid, user))
  if (url.pathname === '/mpsim/check_session')
    return sendJson(res, 200, { valid: state.hasSession(appid, user) })
  if (url.pathname === '/mpsim/user_info') {
    const lang = typeof body.lang === 'string' ? body.lang : undefined
    return sendJson(res, 200, await state.userInfo(appid, user, lang))
  }
  throw new HttpError(404, `no POST ${url.pathname}`)
}

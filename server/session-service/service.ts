// The session service of the Wafer 1 layout: the login exchange and the session store as their
// own HTTP service, which business servers call (auth/remote.ts) instead of holding the app
// secret themselves. Same code as the Wafer 2 layout (auth/local.ts) behind one signed POST /,
// in Wafer's envelope: { interface: { interfaceName, para } } → { returnCode, returnMessage,
// returnData }.

import { createServer } from 'node:http'
import { AuthError } from '../auth/errors.ts'
import { type LocalAuthOptions, createLocalAuth } from '../auth/local.ts'
import type { Authenticator } from '../auth/types.ts'
import { HttpError, type Listening, listen, parseJson, readBody, sendJson } from '../http-util.ts'
import { SIGNATURE_HEADER, signatureProblem } from '../tunnel/signing.ts'

export const INTERFACES = {
  login: 'qcloud.cam.id_skey',
  check: 'qcloud.cam.auth',
  revoke: 'mpsim.cam.revoke',
} as const

export interface SessionServiceOptions extends LocalAuthOptions {
  /** Shared with the business servers: signs their requests. */
  serviceSecret: string
  host?: string
  port?: number
}

export async function startSessionService(options: SessionServiceOptions): Promise<Listening> {
  const auth = createLocalAuth(options)
  const server = createServer((req, res) => {
    answer(auth, options.serviceSecret, req)
      .then((body) => sendJson(res, 200, body))
      .catch((e: unknown) => {
        if (e instanceof AuthError)
          return sendJson(res, 200, { returnCode: -1, returnMessage: e.code, detail: e.message })
        const status = e instanceof HttpError ? e.status : 500
        sendJson(res, status, {
          returnCode: -1,
          returnMessage: e instanceof Error ? e.message : 'error',
        })
      })
  })
  const listening = await listen(server, options)
  options.log?.('info', `session service for ${options.appId} on ${listening.url}`)
  return {
    ...listening,
    async close() {
      await listening.close()
      await auth.close()
    },
  }
}

async function answer(
  auth: Authenticator,
  secret: string,
  req: import('node:http').IncomingMessage,
) {
  if (req.method !== 'POST') throw new HttpError(404, 'POST / only')
  const text = await readBody(req)
  const problem = signatureProblem(secret, req.headers[SIGNATURE_HEADER], text)
  if (problem) throw new HttpError(401, problem)
  const call = parseJson(text).interface as {
    interfaceName?: string
    para?: Record<string, string>
  }
  const para = call?.para ?? {}
  const ok = (returnData: unknown) => ({ returnCode: 0, returnMessage: 'OK', returnData })
  switch (call?.interfaceName) {
    case INTERFACES.login: {
      const { skey, session } = await auth.login({
        code: para.code ?? '',
        encryptedData: para.encrypt_data,
        iv: para.iv,
        rawData: para.raw_data,
        signature: para.signature,
      })
      return ok({ skey, user_info: session.userInfo, session })
    }
    case INTERFACES.check:
      return ok({ session: await auth.check(para.skey) })
    case INTERFACES.revoke:
      await auth.revoke(para.skey ?? '')
      return ok({})
  }
  throw new HttpError(400, `unknown interface ${call?.interfaceName}`)
}

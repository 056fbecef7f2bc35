// The argument checks of the network APIs, shared by both homes (Node: apis/network, browser:
// runtime/host/browser), so a bad call fails with the same errMsg wherever the app runs. No
// Node module here: the browser bundle imports it.

import { checkParams } from '../validate.ts'
import { type ApiArgs, fail } from '../types.ts'
import { METHODS } from './encode.ts'

/** At most 5 sockets at once (docs, since base library 1.7.0). */
export const MAX_SOCKETS = 5

export function badUrl(api: string, url: string) {
  return /^https?:\/\/[^/]/i.test(url) ? null : fail(api, `invalid url "${url}"`)
}

export function checkRequest(args: ApiArgs) {
  const error = checkParams(
    'request',
    args,
    { url: 'String' },
    {
      header: 'Object',
      method: 'String',
      dataType: 'String',
      responseType: 'String',
      timeout: 'Number',
      objectId: 'Number',
    },
  )
  if (error) return error
  const method = ((args.method as string | undefined) ?? 'GET').toUpperCase()
  // Our wording: no verbatim platform message for a bad method was found.
  if (!METHODS.includes(method)) return fail('request', `invalid method "${args.method}"`)
  return badUrl('request', args.url as string)
}

/** connectSocket's parameters and its ws:// or wss:// url (the open-socket limit is the caller's). */
export function checkConnectSocket(args: ApiArgs) {
  const api = 'connectSocket'
  const error = checkParams(
    api,
    args,
    { url: 'String' },
    { header: 'Object', protocols: 'Array', timeout: 'Number', objectId: 'Number' },
  )
  if (error) return error
  const url = args.url as string
  return /^wss?:\/\/[^/]/i.test(url) ? null : fail(api, `invalid url "${url}"`)
}

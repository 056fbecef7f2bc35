// The download transport in Node: node:http(s) GET, the body read as it arrives. A connection
// the server drops mid-body makes the iteration throw (`aborted`), which the downloader retries.

import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { HttpResponse, HttpTransport } from './types.ts'

export const nodeHttpTransport: HttpTransport = {
  get(url, headers) {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest
    return new Promise<HttpResponse>((resolve, reject) => {
      const req = send(url, { headers, agent: false }, (res) => {
        const flat: Record<string, string> = {}
        for (const [key, value] of Object.entries(res.headers))
          if (value !== undefined) flat[key] = Array.isArray(value) ? value.join(', ') : value
        resolve({ status: res.statusCode ?? 0, headers: flat, body: bodyOf(res) })
      })
      req.on('error', reject)
      req.end()
    })
  },
}

async function* bodyOf(res: AsyncIterable<unknown>): AsyncIterable<Uint8Array> {
  for await (const chunk of res) yield chunk as Uint8Array
}

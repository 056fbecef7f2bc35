// The download transport in the browser home: fetch, the body read chunk by chunk from its
// stream (a dropped connection rejects the read: "network error"). `cache: 'no-store'` keeps the
// browser's HTTP cache out of it: the package cache is the loader's own.

import type { HttpTransport } from './types.ts'

export const fetchTransport: HttpTransport = {
  async get(url, headers) {
    const res = await fetch(url, { headers, cache: 'no-store' })
    const flat: Record<string, string> = {}
    res.headers.forEach((value, key) => (flat[key] = value))
    return { status: res.status, headers: flat, body: bodyOf(res) }
  },
}

async function* bodyOf(res: Response): AsyncIterable<Uint8Array> {
  if (!res.body) return
  const reader = res.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return
    yield value
  }
}

// How wx.request turns `data` into a query string or a body, and the response into `data`.
// From the wx.request docs: content-type defaults to application/json; for GET the data becomes
// a query string (encodeURIComponent(k)=encodeURIComponent(v)&…); otherwise a JSON content type
// serialises objects as JSON and x-www-form-urlencoded as a query string; dataType 'json' (the
// default) tries JSON.parse on the response; responseType 'arraybuffer' gives the raw bytes.
// The client sets Referer itself ("header 中不能设置 Referer").

/** The methods wx.request accepts. */
export const METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT']

export interface EncodedRequest {
  url: string
  headers: Record<string, string>
  body: Buffer | undefined
}

export function encodeRequest(
  appId: string,
  method: string,
  url: string,
  header: Record<string, unknown>,
  data: unknown,
): EncodedRequest {
  const headers = cleanHeaders(header)
  headers.Referer = `https://servicewechat.com/${appId}/devtools/page-frame.html`
  const type = findHeader(headers, 'content-type') ?? (headers['content-type'] = 'application/json')
  if (data === undefined || data === null) return { url, headers, body: undefined }
  if (method === 'GET') return { url: appendQuery(url, data), headers, body: undefined }
  return { url, headers, body: encodeBody(data, type) }
}

function encodeBody(data: unknown, contentType: string): Buffer {
  if (data instanceof ArrayBuffer) return Buffer.from(data)
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (typeof data === 'string') return Buffer.from(data)
  if (/x-www-form-urlencoded/i.test(contentType)) return Buffer.from(queryString(data))
  if (/json/i.test(contentType)) return Buffer.from(JSON.stringify(data))
  return Buffer.from(String(data))
}

function appendQuery(url: string, data: unknown): string {
  const query = typeof data === 'string' ? data : queryString(data)
  if (!query) return url
  const [base, hash] = splitHash(url)
  return `${base}${base.includes('?') ? '&' : '?'}${query}${hash}`
}

function splitHash(url: string): [string, string] {
  const at = url.indexOf('#')
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)]
}

export function queryString(data: unknown): string {
  if (!data || typeof data !== 'object') return ''
  return Object.entries(data as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(textOf(v))}`)
    .join('&')
}

function textOf(value: unknown): string {
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value)
}

export function cleanHeaders(header: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(header)) {
    if (value === undefined || name.toLowerCase() === 'referer') continue
    out[name] = String(value)
  }
  return out
}

export function findHeader(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
  return key === undefined ? undefined : headers[key]
}

export function decodeResponse(body: Buffer, dataType: string, responseType: string): unknown {
  if (responseType === 'arraybuffer') return toArrayBuffer(body)
  const text = body.toString('utf8').replace(/^\uFEFF/, '')
  if (dataType !== 'json') return text
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

export function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  const out = new ArrayBuffer(bytes.length)
  new Uint8Array(out).set(bytes)
  return out
}

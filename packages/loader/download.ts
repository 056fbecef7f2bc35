// Downloads one package file: a GET that reports progress, and after a dropped connection a
// new GET for the rest (`Range: bytes=<have>-` with `If-Range: <etag>`, so a file that changed
// meanwhile comes back whole, 200, instead of two versions spliced). Retries are bounded; the
// last error says how much arrived and why the connection ended.

import type { DownloadProgress, HttpTransport } from './types.ts'

export interface DownloadRequest {
  url: string
  /** `__APP__` or a root, for progress and messages. */
  name: string
  /** The size the manifest gives (the progress total until the headers say). */
  size?: number
  /** Retries after a dropped connection (default 4). */
  retries?: number
  onProgress?(progress: DownloadProgress): void
}

export interface Downloaded {
  data: Uint8Array
  /** Requests made (1 when nothing dropped). */
  attempts: number
}

/** A download that could not complete: an HTTP error, or connections that kept dropping. */
export class DownloadError extends Error {
  override name = 'DownloadError'
}

export async function download(
  transport: HttpTransport,
  request: DownloadRequest,
): Promise<Downloaded> {
  const retries = request.retries ?? 4
  const state = { chunks: [] as Uint8Array[], have: 0, total: request.size ?? 0, etag: '' }
  let lastError = ''
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    try {
      if (await fetchRest(transport, request, state, attempt))
        return { data: concat(state.chunks), attempts: attempt }
      lastError = `the connection closed after ${state.have} of ${state.total} B`
    } catch (error) {
      if (error instanceof DownloadError) throw error
      lastError = error instanceof Error ? error.message : String(error)
    }
  }
  throw new DownloadError(
    `${request.name}: download failed after ${retries + 1} attempts ` +
      `(${state.have} of ${state.total || '?'} B arrived; last: ${lastError}) from ${request.url}`,
  )
}

type State = { chunks: Uint8Array[]; have: number; total: number; etag: string }

/** One request: answers true when the file is complete, false when the body ended short. */
async function fetchRest(
  transport: HttpTransport,
  request: DownloadRequest,
  state: State,
  attempt: number,
): Promise<boolean> {
  const resume = state.have > 0 && state.etag !== ''
  const headers: Record<string, string> = resume
    ? { range: `bytes=${state.have}-`, 'if-range': state.etag }
    : {}
  const response = await transport.get(request.url, headers)
  if (response.status === 200 || !resume) {
    if (response.status !== 200) throw httpError(request, response.status)
    state.chunks = []
    state.have = 0
    state.total = Number(response.headers['content-length'] ?? state.total)
  } else if (response.status !== 206) throw httpError(request, response.status)
  state.etag = response.headers.etag ?? ''
  for await (const chunk of response.body) {
    state.chunks.push(chunk)
    state.have += chunk.length
    request.onProgress?.({ package: request.name, loaded: state.have, total: state.total, attempt })
  }
  return state.total === 0 || state.have >= state.total
}

function httpError(request: DownloadRequest, status: number): DownloadError {
  return new DownloadError(`${request.name}: HTTP ${status} from ${request.url}`)
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

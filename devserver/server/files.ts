// Serving files from one folder (the build output, the project) under a URL prefix: the path
// is resolved inside the folder and refused when it would leave it (a symlink included).

import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wxss': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
}

/** The real path of `relative` inside `folder`, or null when it is outside or not a file. */
export async function fileInside(folder: string, relative: string): Promise<string | null> {
  const base = await realpath(folder).catch(() => null)
  if (!base) return null
  const real = await realpath(resolve(base, relative)).catch(() => null)
  if (!real || (real !== base && !real.startsWith(base + sep))) return null
  const info = await stat(real).catch(() => null)
  return info?.isFile() ? real : null
}

export async function sendFile(res: ServerResponse, folder: string, relative: string) {
  const file = await fileInside(folder, relative)
  if (!file) return sendText(res, 404, `not found: ${relative}`)
  res.statusCode = 200
  res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream')
  res.setHeader('Cache-Control', 'no-store')
  createReadStream(file).pipe(res)
}

export function sendText(res: ServerResponse, status: number, text: string, type = 'text/plain') {
  res.statusCode = status
  res.setHeader('Content-Type', `${type}; charset=utf-8`)
  res.setHeader('Cache-Control', 'no-store')
  res.end(text)
}

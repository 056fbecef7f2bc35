// Test helpers: an in-memory project for compileWxss.

import { posix } from 'node:path'
import { ErrorList } from '../errors.ts'
import { compileWxss } from './compile.ts'
import type { WxssHost, WxssResult, WxssScope } from './compile.ts'

/** Resolves like a project host: `/x` from the root, else relative to the importing file. */
export function memoryHost(files: Record<string, string>): WxssHost {
  return {
    resolve(from, request) {
      const path = request.startsWith('/')
        ? posix.normalize(request.slice(1))
        : posix.join(posix.dirname(from), request)
      return path in files ? path : null
    },
    read: (file) => files[file] ?? null,
  }
}

export const pageScope: WxssScope = { prefix: null, host: null }

export function componentScope(host = 'components/card/card', prefix = 'c1'): WxssScope {
  return { prefix, host }
}

/** Compiles `entry` of `files`; also returns the collected errors. */
export function compileIn(
  files: Record<string, string>,
  entry: string,
  scope: WxssScope = pageScope,
): WxssResult & { errors: ErrorList } {
  const errors = new ErrorList()
  const source = files[entry] ?? ''
  const host = memoryHost(files)
  const result = compileWxss({ file: entry, source, host, scope, onError: errors.onError })
  return { ...result, errors }
}

/** Compiles one source as `pages/index/index.wxss`. */
export function compileOne(source: string, scope: WxssScope = pageScope) {
  return compileIn({ 'pages/index/index.wxss': source }, 'pages/index/index.wxss', scope)
}

/** Chunks as readable text: rpx numbers written as `{N}`. */
export function show(result: WxssResult): string {
  return result.chunks.map((c) => (typeof c === 'number' ? `{${c}}` : c)).join('')
}

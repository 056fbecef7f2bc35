// Real-world check: the WXSS of three published component libraries (which WeChat accepts)
// compiles with no errors, component-scoped as a build would scope it.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ErrorList, formatError } from '../errors.ts'
import { compileWxss } from './compile.ts'
import type { WxssHost } from './compile.ts'

const LIBRARIES = [
  'node_modules/@vant/weapp/dist',
  'node_modules/weui-miniprogram/miniprogram_dist',
  'node_modules/tdesign-miniprogram/miniprogram_dist',
]

function wxssFiles(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base)).flatMap((name) => {
    const rel = base ? `${base}/${name}` : name
    if (statSync(join(dir, rel)).isDirectory()) return wxssFiles(dir, rel)
    return rel.endsWith('.wxss') ? [rel] : []
  })
}

function diskHost(root: string): WxssHost {
  return {
    resolve(from, request) {
      const rel = request.startsWith('/')
        ? posix.normalize(request.slice(1))
        : posix.join(posix.dirname(from), request)
      return existsSync(join(root, rel)) ? rel : null
    },
    read: (file) => readFileSync(join(root, file), 'utf8'),
  }
}

describe('published component libraries', () => {
  for (const lib of LIBRARIES) {
    it(`compiles every .wxss of ${lib} without errors`, () => {
      const files = wxssFiles(lib)
      expect(files.length).toBeGreaterThan(5)
      const errors = new ErrorList()
      const host = diskHost(lib)
      const started = performance.now()
      let chunkCount = 0
      const empty: string[] = []
      for (const [i, file] of files.entries()) {
        const id = file.replace(/\.wxss$/, '')
        const scope = { prefix: `c${i.toString(36)}`, host: id }
        const source = readFileSync(join(lib, file), 'utf8')
        const result = compileWxss({ file, source, host, scope, onError: errors.onError })
        chunkCount += result.chunks.length
        if (source.includes('{') && result.chunks.length === 0) empty.push(file)
      }
      const ms = performance.now() - started
      const warnings =
        errors.items.length - errors.items.filter((e) => e.severity === 'error').length
      console.log(
        `${lib}: ${files.length} files, ${chunkCount} chunks, ${warnings} warnings in ${ms.toFixed(0)} ms`,
      )
      const problems = errors.items.filter((e) => e.severity === 'error').map(formatError)
      expect(problems).toEqual([])
      expect(empty).toEqual([])
    })
  }

  it('scopes a real component: vant button keeps its imports, classes, tags and rpx-free text', () => {
    const lib = LIBRARIES[0]!
    const file = 'button/index.wxss'
    const errors = new ErrorList()
    const source = readFileSync(join(lib, file), 'utf8')
    const scope = { prefix: 'p', host: 'button/index' }
    const result = compileWxss({
      file,
      source,
      host: diskHost(lib),
      scope,
      onError: errors.onError,
    })
    const css = result.chunks.join('')
    expect(result.imports).toContain('common/index.wxss')
    expect(css).toContain('.p--van-button{')
    expect(css).not.toMatch(/(^|[^-\w])\.van-button\b/)
    expect(css).not.toContain('@import')
  })
})

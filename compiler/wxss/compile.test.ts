import { describe, expect, it } from 'vitest'
import { formatError } from '../errors.ts'
import { compileOne, show } from './test-host.ts'

describe('compileWxss', () => {
  it('drops comments', () => {
    expect(show(compileOne('/* a */.a { /* b */ color: red }'))).toBe('.a { color: red }')
  })

  it('reports a syntax error with the file position and a code frame, and yields empty chunks', () => {
    const r = compileOne('.a { color: red }\n.b {\n  color: blue;\n')
    expect(r.chunks).toEqual([])
    expect(r.errors.items).toHaveLength(1)
    const [error] = r.errors.items
    expect(error).toMatchObject({
      code: 'WXSS_SYNTAX',
      severity: 'error',
      message: 'WXSS syntax error: Unclosed block',
      loc: { file: 'pages/index/index.wxss', line: 2, column: 1, offset: 18 },
    })
    expect(formatError(error!)).toContain('at pages/index/index.wxss:2:1\n')
    expect(error!.frame).toContain('> 2 | .b {')
  })

  it('reports a malformed selector and keeps the rest', () => {
    const r = compileOne('.a: { x: y }\nview { x: y }')
    expect(r.errors.items.map((e) => [e.code, e.loc.line])).toEqual([['WXSS_SYNTAX', 1]])
    expect(show(r)).toBe('.a: { x: y }\nwx-view { x: y }')
    expect(r.errors.items[0]?.message).toContain('bad selector ".a:"')
  })

  it('never throws, whatever the input', () => {
    for (const src of ['', '}', '{', '@import', '@import ;', 'a{b:c}}', '\0view{}', ':host(']) {
      expect(() => compileOne(src)).not.toThrow()
    }
  })

  it('keeps NUL in the source from faking an rpx chunk', () => {
    expect(compileOne('.a { content: "\0 5 \0" }').chunks.every((c) => typeof c === 'string')).toBe(
      true,
    )
  })
})

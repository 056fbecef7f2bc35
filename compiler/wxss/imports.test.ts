import { describe, expect, it } from 'vitest'
import { importRequest } from './imports.ts'
import { componentScope, compileIn, show } from './test-host.ts'

describe('@import', () => {
  it('inlines the file where the @import stands', () => {
    const r = compileIn(
      {
        'pages/a/a.wxss': '.before {}\n@import "common.wxss";\n.after { w: 2rpx }',
        'pages/a/common.wxss': '.common { w: 1rpx }',
      },
      'pages/a/a.wxss',
    )
    expect(show(r)).toBe('.before {}\n.common { w: {1}px }\n.after { w: {2}px }')
    expect(r.imports).toEqual(['pages/a/common.wxss'])
    expect(r.errors.items).toEqual([])
  })

  it('accepts single quotes, url(), a missing extension and paths from the project root', () => {
    const r = compileIn(
      {
        'pages/a/a.wxss':
          '@import \'b\';\n@import url(../../styles/c.wxss);\n@import "/styles/d.wxss";',
        'pages/a/b.wxss': '.b {}',
        'styles/c.wxss': '.c {}',
        'styles/d.wxss': '.d {}',
      },
      'pages/a/a.wxss',
    )
    expect(show(r)).toBe('.b {}\n.c {}\n.d {}')
    expect(r.imports).toEqual(['pages/a/b.wxss', 'styles/c.wxss', 'styles/d.wxss'])
  })

  it('resolves nested imports from the imported file', () => {
    const r = compileIn(
      {
        'components/x/x.wxss': '@import "../common/index.wxss";\n:host { a: b }',
        'components/common/index.wxss': '@import "./mixins/hairline.wxss";\n.common { a: b }',
        'components/common/mixins/hairline.wxss': '.hairline { border-width: 1rpx }',
      },
      'components/x/x.wxss',
      componentScope('components/x/x'),
    )
    expect(show(r)).toBe(
      '.c1--hairline { border-width: {1}px }\n.c1--common { a: b }\n[is="components/x/x"] { a: b }',
    )
  })

  it('inlines each file once per stylesheet (the first import wins)', () => {
    const r = compileIn(
      {
        'a.wxss': '@import "b.wxss";\n@import "c.wxss";\n@import "b.wxss";',
        'b.wxss': '@import "c.wxss";\n.b {}',
        'c.wxss': '.c {}',
      },
      'a.wxss',
    )
    expect(show(r)).toBe('.c {}\n.b {}')
    expect(r.imports).toEqual(['b.wxss', 'c.wxss'])
    expect(r.errors.items).toEqual([])
  })

  it('reports a cycle at the @import with the chain, and goes on', () => {
    const r = compileIn(
      {
        'a.wxss': '.a1 {}\n@import "b.wxss";\n.a2 {}',
        'b.wxss': '.b {}\n  @import "a.wxss";',
      },
      'a.wxss',
    )
    expect(show(r)).toBe('.a1 {}\n.b {}\n.a2 {}')
    expect(r.errors.items).toHaveLength(1)
    expect(r.errors.items[0]).toMatchObject({
      code: 'IMPORT_CYCLE',
      message: 'import cycle: a.wxss → b.wxss → a.wxss',
      loc: { file: 'b.wxss', line: 2, column: 11 },
    })
  })

  it('reports a missing file at the @import, and goes on', () => {
    const r = compileIn({ 'a.wxss': '.a {}\n@import "nope.wxss";\n.b {}' }, 'a.wxss')
    expect(show(r)).toBe('.a {}\n.b {}')
    expect(r.errors.items[0]).toMatchObject({
      code: 'IMPORT_NOT_FOUND',
      message: 'cannot resolve @import "nope.wxss"',
      loc: { file: 'a.wxss', line: 2, column: 9, offset: 14 },
    })
    expect(r.errors.items[0]?.frame).toContain('> 2 | @import "nope.wxss";')
  })

  it('reports a syntax error inside an imported file there, and keeps the importer', () => {
    const r = compileIn(
      { 'a.wxss': '@import "b.wxss";\n.a {}', 'b.wxss': '.b {\n  color: red' },
      'a.wxss',
    )
    expect(show(r)).toBe('.a {}')
    expect(r.errors.items[0]).toMatchObject({
      code: 'WXSS_SYNTAX',
      loc: { file: 'b.wxss', line: 1 },
    })
  })

  it('leaves remote imports as written', () => {
    const r = compileIn({ 'a.wxss': '@import url("https://x.test/a.css");' }, 'a.wxss')
    expect(show(r)).toBe('@import url("https://x.test/a.css");')
    expect(r.imports).toEqual([])
  })
})

describe('importRequest', () => {
  it('reads the file name of each form', () => {
    expect(importRequest('"a.wxss"')).toBe('a.wxss')
    expect(importRequest("'a'")).toBe('a')
    expect(importRequest('url(a.wxss)')).toBe('a.wxss')
    expect(importRequest('url( "a.wxss" ) screen')).toBe('a.wxss')
    expect(importRequest('a.wxss')).toBeNull()
    expect(importRequest('""')).toBeNull()
  })
})

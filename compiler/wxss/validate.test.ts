import { describe, expect, it } from 'vitest'
import type { CompileError } from '../errors.ts'
import { compileWxss } from './compile.ts'

const compile = (source: string) => {
  const errors: CompileError[] = []
  const host = { resolve: () => null, read: () => null }
  const result = compileWxss({
    file: 'a.wxss',
    source,
    host,
    scope: { prefix: null, host: null },
    onError: (e) => errors.push(e),
  })
  return { css: result.chunks.join(''), errors }
}

describe('text the platform rejects', () => {
  it('reports a truncated selector at the end of a file and drops it', () => {
    const { css, errors } = compile('.a{color:red}\n:nth-ch')
    expect(errors[0]).toMatchObject({ code: 'WXSS_SYNTAX', loc: { line: 2, column: 1 } })
    expect(css).toBe('.a{color:red}')
  })

  it('keeps the rule after a stray "selector;" instead of letting it swallow the rule', () => {
    const { css, errors } = compile('.x{} :ho; .a{color:red}')
    expect(errors).toHaveLength(1)
    expect(css).not.toContain(':ho')
  })

  it('reports an at-rule whose name is not a name', () => {
    const { errors } = compile('@<!--x {a{b:c}}')
    expect(errors[0]!.message).toMatch(/is not an at-rule/)
  })

  it('leaves declarations in @font-face and in rules alone', () => {
    const { errors } = compile(
      '@font-face{font-family:x;src:url(a.woff)} @media (min-width:1px){.a{b:c}}',
    )
    expect(errors).toEqual([])
  })
})

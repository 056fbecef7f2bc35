import { describe, expect, it } from 'vitest'
import { parseQuery, parseUrl, resolvePath } from './url.ts'

describe('resolvePath', () => {
  it('reads a leading slash from the package root, anything else from the page folder', () => {
    expect(resolvePath('/pages/a/a', 'pages/b/b')).toBe('pages/a/a')
    expect(resolvePath('../a/a', 'pages/b/b')).toBe('pages/a/a')
    expect(resolvePath('a', 'pages/b/b')).toBe('pages/b/a')
    expect(resolvePath('./c/../d', 'pages/b/b')).toBe('pages/b/d')
    expect(resolvePath('pages/user/index', 'pages/index')).toBe('pages/pages/user/index')
  })

  it('stays at the root past it, and resolves from the root with no page', () => {
    expect(resolvePath('../../../x/x', 'pages/b/b')).toBe('x/x')
    expect(resolvePath('pages/a/a', null)).toBe('pages/a/a')
    expect(resolvePath('//pages//a/a', null)).toBe('pages/a/a')
  })
})

describe('parseUrl and parseQuery', () => {
  it('splits at the first "?" and keeps the query text as written', () => {
    expect(parseUrl('/pages/a/a?x=1&u=http://h/p?q=2', null)).toEqual({
      route: 'pages/a/a',
      queryString: 'x=1&u=http://h/p?q=2',
      query: { x: '1', u: 'http://h/p?q=2' },
    })
  })

  it('keeps values undecoded, takes a bare key as empty, lets a later key win', () => {
    expect(parseQuery('a=%E4%BD%A0&b&a2=1&a2=2&&=x&c=d=e')).toEqual({
      a: '%E4%BD%A0',
      b: '',
      a2: '2',
      c: 'd=e',
    })
    expect(parseQuery('')).toEqual({})
  })
})

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Tokenizer } from 'htmlparser2'
import { describe, expect, it, vi } from 'vitest'
import type { CompileError } from '../errors.ts'
import type { WxmlElement, WxmlRoot } from './ast.ts'
import { createLineIndex } from './line-index.ts'
import { parseWxml } from './parse.ts'

const F = 'pages/a.wxml'

function parse(source: string): { root: WxmlRoot; errors: CompileError[] } {
  const errors: CompileError[] = []
  const root = parseWxml(F, source, (e) => errors.push(e))
  return { root, errors }
}

/** Parses input that must give no diagnostics at all. */
function clean(source: string): WxmlRoot {
  const { root, errors } = parse(source)
  expect(errors).toEqual([])
  return root
}

const at = (line: number, column: number, offset: number) => ({ file: F, line, column, offset })

/** Errors as `CODE severity line:column`, for compact exact assertions. */
function diag(source: string): string[] {
  return parse(source).errors.map((e) => `${e.code} ${e.severity} ${e.loc.line}:${e.loc.column}`)
}

function el(root: WxmlRoot | WxmlElement, ...path: number[]): WxmlElement {
  let node: WxmlRoot | WxmlElement = root
  for (const i of path) node = node.children[i] as WxmlElement
  return node as WxmlElement
}

describe('line index', () => {
  it('maps offsets to 1-based lines and UTF-16 columns', () => {
    const idx = createLineIndex(F, 'ab\ncd\r\n\nx')
    expect(idx.locate(0)).toEqual(at(1, 1, 0))
    expect(idx.locate(3)).toEqual(at(2, 1, 3))
    expect(idx.locate(5)).toEqual(at(2, 3, 5))
    expect(idx.locate(7)).toEqual(at(3, 1, 7))
    expect(idx.locate(8)).toEqual(at(4, 1, 8))
    expect(idx.locate(99)).toEqual(at(4, 2, 9))
  })
})

describe('structure', () => {
  it('nests elements and texts with locations', () => {
    const root = clean('<view class="a">\n  <text>hi</text>\n</view>')
    expect(root).toMatchObject({ type: 'root', file: F })
    expect(root.children).toMatchObject([
      {
        type: 'element',
        tag: 'view',
        loc: at(1, 1, 0),
        selfClosing: false,
        children: [
          { type: 'text', value: '\n  ', loc: at(1, 17, 16) },
          {
            type: 'element',
            tag: 'text',
            loc: at(2, 3, 19),
            children: [{ type: 'text', value: 'hi', loc: at(2, 9, 25) }],
          },
          { type: 'text', value: '\n', loc: at(2, 18, 34) },
        ],
      },
    ])
  })

  it('keeps whitespace-only text at the top level', () => {
    const root = clean('<view/>\n\t<view/>')
    expect(root.children).toMatchObject([
      { tag: 'view', selfClosing: true },
      { type: 'text', value: '\n\t', loc: at(1, 8, 7) },
      { tag: 'view', loc: at(2, 2, 9) },
    ])
  })

  it('has no void elements and no implicit closing', () => {
    const root = clean('<input></input><p><p>x</p></p><li><li/></li>')
    expect(root.children).toMatchObject([
      { tag: 'input', children: [], selfClosing: false },
      { tag: 'p', children: [{ tag: 'p', children: [{ value: 'x' }] }] },
      { tag: 'li', children: [{ tag: 'li', selfClosing: true }] },
    ])
  })

  it('treats textarea, style and script as ordinary tags', () => {
    const root = clean('<textarea><view/></textarea><style>a<b/></style>')
    expect(root.children).toMatchObject([
      { tag: 'textarea', children: [{ tag: 'view' }] },
      { tag: 'style', children: [{ type: 'text', value: 'a' }, { tag: 'b' }] },
    ])
  })

  it('keeps tag and attribute names as written', () => {
    const root = clean('<Custom-Comp bindTap="t" wx:for-item="it" data-A="1" bind:tap="x"/>')
    expect(el(root, 0).tag).toBe('Custom-Comp')
    expect(el(root, 0).attrs.map((a) => a.name)).toEqual([
      'bindTap',
      'wx:for-item',
      'data-A',
      'bind:tap',
    ])
  })
})

describe('attributes', () => {
  it('reads double, single, unquoted and valueless attributes with locations', () => {
    const root = clean(`<view a="1" b='two' c=3 disabled d = "4" e=""/>`)
    expect(el(root, 0).attrs).toEqual([
      { name: 'a', value: '1', loc: at(1, 7, 6), valueLoc: at(1, 10, 9) },
      { name: 'b', value: 'two', loc: at(1, 13, 12), valueLoc: at(1, 16, 15) },
      { name: 'c', value: '3', loc: at(1, 21, 20), valueLoc: at(1, 23, 22) },
      { name: 'disabled', value: null, loc: at(1, 25, 24), valueLoc: at(1, 25, 24) },
      { name: 'd', value: '4', loc: at(1, 34, 33), valueLoc: at(1, 39, 38) },
      { name: 'e', value: '', loc: at(1, 42, 41), valueLoc: at(1, 45, 44) },
    ])
  })

  it('keeps <, > and quotes inside mustaches in values', () => {
    const src = `<view wx:if="{{a < b}}" class="{{ a > 1 ? 'x' : 'y' }}" s='{{ "<" }}'/>`
    expect(el(clean(src), 0).attrs.map((a) => a.value)).toEqual([
      '{{a < b}}',
      "{{ a > 1 ? 'x' : 'y' }}",
      '{{ "<" }}',
    ])
  })

  it('decodes entities in values, keeping valueLoc at the raw start', () => {
    const root = clean('<view a="&lt;b&gt; &amp;&#123;&#x41;&nbsp;" b=&quot;x />')
    expect(el(root, 0).attrs).toMatchObject([
      { name: 'a', value: '<b> &{A\u00a0', valueLoc: at(1, 10, 9) },
      { name: 'b', value: '"x' },
    ])
  })
})

describe('text', () => {
  it('keeps entities in text as written (only <text decode> decodes them), also at the start', () => {
    const root = clean('<view>&lt;b&gt; &amp; &#123; &nbsp;.</view><text>&amp;</text>')
    expect(el(root, 0).children).toEqual([
      { type: 'text', value: '&lt;b&gt; &amp; &#123; &nbsp;.', loc: at(1, 7, 6) },
    ])
    expect(el(root, 1).children).toEqual([{ type: 'text', value: '&amp;', loc: at(1, 50, 49) }])
  })

  it('does not let a {{ in one comment hide tags up to a }} in another', () => {
    const root = clean('<!-- {{ --><view/><!-- }} --><a>{{b}}</a>')
    expect(root.children).toMatchObject([
      { type: 'comment' },
      { tag: 'view' },
      { type: 'comment' },
      { tag: 'a', children: [{ value: '{{b}}' }] },
    ])
  })

  it('keeps mustaches with < and > in text', () => {
    const root = clean('<view>{{ a > b }} {{a<b}} {{ a < b }} x > y</view>')
    expect(el(root, 0).children).toEqual([
      { type: 'text', value: '{{ a > b }} {{a<b}} {{ a < b }} x > y', loc: at(1, 7, 6) },
    ])
  })
})

describe('<wxs>', () => {
  it('keeps the body as one raw text child with exact offsets', () => {
    const body = '\nvar f = function (a, b) {\n  if (a < b && b > 0) return "</view>&amp;"\n}\n'
    const src = `<view/>\n<wxs module="m">${body}</wxs>\n<view>{{m.f(1, 2)}}</view>`
    const root = clean(src)
    const wxs = el(root, 2)
    expect(wxs).toMatchObject({ tag: 'wxs', loc: at(2, 1, 8), attrs: [{ name: 'module' }] })
    expect(wxs.children).toEqual([{ type: 'text', value: body, loc: at(2, 17, 24) }])
    expect(src.slice(24, 24 + body.length)).toBe(body)
    expect(el(root, 4)).toMatchObject({ tag: 'view', loc: at(7, 1, 24 + body.length + 7) })
  })

  it('handles self-closing <wxs src> and bodies with quotes and > in the open tag', () => {
    const root = clean('<wxs src="./a.wxs" module="a"/><wxs module="b" x="a>b">1<2</wxs>')
    expect(root.children).toMatchObject([
      { tag: 'wxs', selfClosing: true, children: [] },
      { tag: 'wxs', children: [{ type: 'text', value: '1<2', loc: at(1, 56, 55) }] },
    ])
  })

  it('does not take <wxs> inside a comment as a wxs block', () => {
    const root = clean('<!-- <wxs module="x"> --><view>a<b/></view>')
    expect(root.children).toMatchObject([
      { type: 'comment', value: ' <wxs module="x"> ', loc: at(1, 1, 0) },
      { tag: 'view', children: [{ value: 'a' }, { tag: 'b' }] },
    ])
  })

  it('reports an unclosed <wxs> at its open tag', () => {
    const { root, errors } = parse('<view/><wxs module="m">var a = 1 < 2')
    expect(el(root, 1).children).toMatchObject([{ value: 'var a = 1 < 2' }])
    expect(errors).toMatchObject([{ code: 'WXML_UNCLOSED_TAG', loc: at(1, 8, 7) }])
  })
})

describe('comments, line endings, unicode', () => {
  it('keeps comments with their text and location', () => {
    const root = clean('<view>\n  <!-- a <b> c --></view>')
    expect(el(root, 0).children[1]).toEqual({
      type: 'comment',
      value: ' a <b> c ',
      loc: at(2, 3, 9),
    })
  })

  it('counts CRLF as one line break and keeps it in text', () => {
    const root = clean('<view>\r\n  <text\r\n    a="1">x</text>\r\n</view>')
    const view = el(root, 0)
    expect(view.children[0]).toEqual({ type: 'text', value: '\r\n  ', loc: at(1, 7, 6) })
    expect(el(view, 1)).toMatchObject({ tag: 'text', loc: at(2, 3, 10) })
    expect(el(view, 1).attrs[0]).toMatchObject({ loc: at(3, 5, 21), valueLoc: at(3, 8, 24) })
    expect(el(view, 1).children[0]).toMatchObject({ loc: at(3, 11, 27) })
  })

  it('counts columns in UTF-16 units', () => {
    const root = clean('<view>😀中</view><text a="é"/>')
    expect(el(root, 0).children[0]).toEqual({ type: 'text', value: '😀中', loc: at(1, 7, 6) })
    expect(el(root, 1)).toMatchObject({ loc: at(1, 17, 16), attrs: [{ loc: at(1, 23, 22) }] })
  })
})

describe('errors', () => {
  it('reports an unclosed tag at the open tag and closes it at the end', () => {
    expect(diag('<view>\n <text>')).toEqual([
      'WXML_UNCLOSED_TAG error 1:1',
      'WXML_UNCLOSED_TAG error 2:2',
    ])
    expect(parse('<view><text>a').root.children).toMatchObject([
      { tag: 'view', children: [{ tag: 'text', children: [{ value: 'a' }] }] },
    ])
  })

  it("closes an unclosed child at its parent's closing tag", () => {
    const { root, errors } = parse('<view>\n  <text>a\n</view>\n<view/>')
    expect(errors).toMatchObject([
      {
        code: 'WXML_MISMATCHED_CLOSE',
        message: 'closing tag </view> does not match <text>',
        loc: at(3, 1, 17),
      },
    ])
    expect(root.children).toMatchObject([
      { tag: 'view', children: [{}, { tag: 'text', children: [{ value: 'a\n' }] }] },
      { value: '\n' },
      { tag: 'view' },
    ])
  })

  it('needs <input> closed like every tag', () => {
    expect(diag('<view><input></view>')).toEqual(['WXML_MISMATCHED_CLOSE error 1:14'])
    expect(diag('<input>')).toEqual(['WXML_UNCLOSED_TAG error 1:1'])
  })

  it('closes up to the matching ancestor on a mismatched close', () => {
    const { root, errors } = parse('<a><b><c></a><d/>')
    expect(errors).toMatchObject([
      {
        code: 'WXML_MISMATCHED_CLOSE',
        message: 'closing tag </a> does not match <c>',
        loc: at(1, 10, 9),
      },
    ])
    expect(root.children).toMatchObject([
      { tag: 'a', children: [{ tag: 'b', children: [{ tag: 'c' }] }] },
      { tag: 'd' },
    ])
  })

  it('ignores a closing tag with no opener', () => {
    const { root, errors } = parse('<view>\n</text></view></view>')
    expect(errors).toMatchObject([
      {
        code: 'WXML_UNEXPECTED_CLOSE',
        message: 'unexpected closing tag </text>',
        loc: at(2, 1, 7),
      },
      { code: 'WXML_UNEXPECTED_CLOSE', loc: at(2, 15, 21) },
    ])
    expect(root.children).toMatchObject([{ tag: 'view', children: [{ value: '\n' }] }])
  })

  it('warns on a duplicate attribute and keeps the first (as glass-easel)', () => {
    const { root, errors } = parse('<view a="1"\n  a="2"/>')
    expect(errors).toMatchObject([
      { code: 'WXML_DUPLICATE_ATTR', severity: 'warning', loc: at(2, 3, 14) },
    ])
    expect(el(root, 0).attrs).toMatchObject([{ name: 'a', value: '1' }])
  })

  it('reports an unterminated attribute quote and keeps the element', () => {
    const { root, errors } = parse('<view/>\n<view class="a>\n<text/>')
    expect(errors).toMatchObject([
      { code: 'WXML_BAD_ATTR', message: 'invalid attribute class: the quote is not closed' },
    ])
    expect(errors[0]!.loc).toEqual(at(2, 13, 20))
    expect(root.children).toMatchObject([{ tag: 'view' }, {}, { tag: 'view' }])
  })

  it('reports an open tag cut off by the end of input', () => {
    expect(diag('<view/>\n<view a="1"')).toEqual(['WXML_UNCLOSED_TAG error 2:1'])
  })

  it('warns on an unclosed comment', () => {
    const { root, errors } = parse('<view/>\n<!-- x <view/>')
    expect(errors).toMatchObject([{ code: 'WXML_SYNTAX', severity: 'warning', loc: at(2, 1, 8) }])
    expect(root.children[2]).toMatchObject({ type: 'comment', value: ' x <view/>' })
  })

  it('warns on < that starts no tag, outside mustaches', () => {
    expect(diag('<view>a<1 b</view>\n<=')).toEqual([
      'WXML_SYNTAX warning 1:8',
      'WXML_SYNTAX warning 2:1',
    ])
    expect(diag('<view>a < b {{a<1}} {{ x <= y }}</view>')).toEqual([])
  })

  it('reports a malformed closing tag and ignores <!…> and <?…?>', () => {
    expect(diag('<view>x</ view>')).toEqual([
      'WXML_SYNTAX error 1:8',
      'WXML_UNCLOSED_TAG error 1:1',
    ])
    const { root, errors } = parse('<?xml version="1.0"?>\n<!DOCTYPE wxml><!x><view/>')
    expect(errors.map((e) => [e.severity, e.loc.line, e.loc.column])).toEqual([
      ['warning', 1, 1],
      ['warning', 2, 1],
      ['warning', 2, 16],
    ])
    expect(root.children).toMatchObject([{ type: 'text', value: '\n' }, { tag: 'view' }])
  })

  it('gives errors a code frame', () => {
    const [e] = parse('<view>\n</text>').errors
    expect(e!.frame).toContain('> 2 | </text>')
  })

  it('turns an exception from the tokenizer into an error', () => {
    const spy = vi.spyOn(Tokenizer.prototype, 'end').mockImplementation(() => {
      throw new Error('boom')
    })
    try {
      const { root, errors } = parse('<view>ab</view>')
      expect(errors).toMatchObject([
        { code: 'WXML_SYNTAX', message: expect.stringContaining('boom') },
      ])
      expect(root.children).toMatchObject([{ tag: 'view' }])
    } finally {
      spy.mockRestore()
    }
  })

  it('never throws on any prefix of a real file', () => {
    const src = readFileSync('node_modules/@vant/weapp/dist/button/index.wxml', 'utf8')
    for (let n = 0; n <= src.length; n++) {
      const root = parseWxml(F, src.slice(0, n), () => {})
      expect(root.type).toBe('root')
    }
  })
})

describe('real component libraries', () => {
  it('parses vant button/index.wxml with no diagnostics', () => {
    const src = readFileSync('node_modules/@vant/weapp/dist/button/index.wxml', 'utf8')
    const root = clean(src)
    const tags = root.children.filter((n) => n.type === 'element').map((n) => n.tag)
    expect(tags).toEqual(['wxs', 'wxs', 'button'])
    const button = root.children.find((n) => n.type === 'element' && n.tag === 'button')
    expect(button).toMatchObject({ loc: { line: 4, column: 1 } })
  })

  const roots = [
    'node_modules/@vant/weapp/dist',
    'node_modules/weui-miniprogram/miniprogram_dist',
    'node_modules/tdesign-miniprogram/miniprogram_dist',
  ]
  it.each(roots)('parses every .wxml under %s with no error', (dir) => {
    const files = wxmlFiles(dir)
    expect(files.length).toBeGreaterThan(10)
    const sources = files.map((f) => readFileSync(f, 'utf8'))
    const errors: CompileError[] = []
    const start = performance.now()
    files.forEach((f, i) => parseWxml(f, sources[i]!, (e) => errors.push(e)))
    const first = performance.now() - start
    files.forEach((f, i) => parseWxml(f, sources[i]!, () => {}))
    const second = performance.now() - start - first
    const kib = sources.reduce((n, s) => n + s.length, 0) / 1024
    const times = `${first.toFixed(1)} ms (again: ${second.toFixed(1)} ms)`
    console.log(`${dir}: ${files.length} files, ${kib.toFixed(0)} KiB parsed in ${times}`)
    const real = errors.filter((e) => e.severity === 'error')
    expect(real.map((e) => `${e.loc.file}:${e.loc.line}:${e.loc.column} ${e.message}`)).toEqual([])
  })
})

function wxmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) wxmlFiles(path, out)
    else if (name.endsWith('.wxml')) out.push(path)
  }
  return out
}

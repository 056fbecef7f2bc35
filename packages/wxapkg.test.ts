import { describe, expect, it } from 'vitest'
import { decodeWxapkg, encodeWxapkg, PackageFormatError } from './wxapkg.ts'

const text = (s: string) => new TextEncoder().encode(s)
const files = [
  { path: '/app-config.json', data: text('{"pages":["pages/index/index"]}') },
  { path: 'logic.js', data: text('define("app.js", function () {})') },
  { path: '/views/pages/index/index.view.js', data: text('__mpsimView({})') },
  { path: '/empty.txt', data: new Uint8Array(0) },
  { path: '/图片/名字.txt', data: new Uint8Array([0, 1, 2, 255]) },
]

describe('wxapkg', () => {
  it('round-trips files (paths get a leading slash)', () => {
    const bytes = encodeWxapkg(files)
    const back = decodeWxapkg(bytes)
    expect(back.map((f) => f.path)).toEqual([
      '/app-config.json',
      '/logic.js',
      '/views/pages/index/index.view.js',
      '/empty.txt',
      '/图片/名字.txt',
    ])
    back.forEach((f, i) => expect([...f.data]).toEqual([...files[i]!.data]))
  })

  it('writes the platform layout: marks, big-endian lengths, absolute offsets', () => {
    const bytes = encodeWxapkg([{ path: '/a', data: text('xyz') }])
    const view = new DataView(bytes.buffer)
    expect(bytes[0]).toBe(0xbe)
    expect(bytes[13]).toBe(0xed)
    const indexLength = view.getUint32(5)
    expect(indexLength).toBe(4 + 4 + 2 + 4 + 4) // count, name length, "/a", offset, size
    expect(view.getUint32(9)).toBe(3)
    expect(view.getUint32(14)).toBe(1)
    expect(view.getUint32(14 + 4 + 4 + 2)).toBe(14 + indexLength) // offset from file start
    expect(new TextDecoder().decode(bytes.subarray(14 + indexLength))).toBe('xyz')
  })

  it('rejects a truncated package at every length', () => {
    const bytes = encodeWxapkg(files)
    for (let n = 0; n < bytes.length; n += 7)
      expect(() => decodeWxapkg(bytes.subarray(0, n), 'main.wxapkg')).toThrow(
        /main\.wxapkg: (truncated|not a wxapkg)/,
      )
  })

  it('rejects trailing data, wrong marks and index entries outside the data', () => {
    const bytes = encodeWxapkg(files)
    const longer = new Uint8Array(bytes.length + 3)
    longer.set(bytes)
    expect(() => decodeWxapkg(longer)).toThrow(/unexpected data after/)
    const marked = bytes.slice()
    marked[0] = 0x50
    expect(() => decodeWxapkg(marked)).toThrow(/not a wxapkg file \(header marks 0x50/)
    const moved = bytes.slice()
    // the first entry's offset (after count, name length and its 16-byte name)
    new DataView(moved.buffer).setUint32(14 + 4 + 4 + 16, 0xfffff)
    expect(() => decodeWxapkg(moved)).toThrow(/"\/app-config.json" .* outside the data section/)
  })

  it('never throws anything but PackageFormatError on random corruption', () => {
    const bytes = encodeWxapkg(files)
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed)
    for (let i = 0; i < 500; i++) {
      const broken = bytes.slice()
      broken[random() % 80] = random() % 256
      try {
        decodeWxapkg(broken)
      } catch (error) {
        expect(error).toBeInstanceOf(PackageFormatError)
      }
    }
  })

  it('refuses duplicate and escaping paths when packing', () => {
    expect(() => encodeWxapkg([files[0]!, files[0]!])).toThrow(/twice/)
    expect(() => encodeWxapkg([{ path: '../x', data: new Uint8Array() }])).toThrow(/plain path/)
  })
})

import { describe, expect, it } from 'vitest'
import { byteLength, jsonBytes, messageBytes, utf8Length } from './size.ts'
import { decodePatch, encodePatch } from './wire.ts'

describe('utf8Length', () => {
  it('counts UTF-8 bytes as TextEncoder would write them', () => {
    const samples = [
      '',
      'abc',
      'é',
      '中文',
      '😀',
      'a\ud800b',
      '\udc00',
      'x😀中é',
      '\u0000\u007f\u0080\u07ff\u0800',
    ]
    for (const s of samples) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length)
      expect(byteLength(s)).toBe(utf8Length(s))
    }
  })

  it('jsonBytes counts the JSON form, 0 when there is none', () => {
    expect(jsonBytes({ a: '中' })).toBe(11) // {"a":"中"}: 8 ASCII bytes + 3 for 中
    expect(jsonBytes(undefined)).toBe(0)
  })
})

describe('encodePatch / decodePatch', () => {
  it('sends structure as a JSON string, normalized as the platform serializes it', () => {
    const patch = { 'list[0]': { id: 1, f: () => 1, u: undefined, when: new Date(0), n: NaN } }
    const wire = encodePatch(patch)
    expect(typeof wire.patch).toBe('string')
    expect(wire.size).toBe(JSON.stringify(patch).length)
    expect(decodePatch(wire.patch)).toEqual({
      'list[0]': { id: 1, when: '1970-01-01T00:00:00.000Z', n: null },
    })
  })

  it('sends a patch that is mostly one large string as the object (clone is cheaper)', () => {
    const text = 'x'.repeat(100_000)
    const patch = { text, title: 'a', count: 2 }
    const wire = encodePatch(patch)
    expect(wire.patch).toBe(patch)
    expect(wire.size).toBe(JSON.stringify(patch).length)
    expect(decodePatch(wire.patch)).toBe(patch)
  })

  it('keeps the JSON form when a large-string patch has a value JSON would change', () => {
    const text = 'x'.repeat(100_000)
    for (const odd of [NaN, -0, undefined, { nested: true }]) {
      expect(typeof encodePatch({ text, odd }).patch).toBe('string')
    }
    expect(typeof encodePatch({ short: 'x'.repeat(100) }).patch).toBe('string')
  })

  it('measures a message the same whichever form its patch took', () => {
    const patch = { title: '标题', list: [1, 2] }
    const asObject = { type: 'setData', webviewId: 1, instanceId: 0, patch, callId: 3, size: 0 }
    const asString = { ...asObject, patch: JSON.stringify(patch) }
    expect(messageBytes(asString)).toBe(messageBytes(asObject))
    expect(messageBytes(asObject)).toBe(new TextEncoder().encode(JSON.stringify(asObject)).length)
  })
})

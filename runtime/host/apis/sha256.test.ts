import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { base64url, hex, randomBytes, sha256 } from './sha256.ts'

describe('sha256', () => {
  it.each(['', 'abc', 'wxA:mpsim-user', 'x'.repeat(55), 'y'.repeat(64), '汉字 ✓'.repeat(40)])(
    'matches node:crypto for %j',
    (text) => {
      expect(hex(sha256(text))).toBe(createHash('sha256').update(text).digest('hex'))
      expect(base64url(sha256(text))).toBe(createHash('sha256').update(text).digest('base64url'))
    },
  )

  it('gives fresh random bytes', () => {
    expect(randomBytes(16)).toHaveLength(16)
    expect(hex(randomBytes(16))).not.toBe(hex(randomBytes(16)))
  })
})

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiRegistry } from '../registry.ts'
import { ITEM_LIMIT_BYTES } from './limits.ts'

const dirs: string[] = []
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'mpsim-storage-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('storage APIs', () => {
  it('sets, gets, removes and clears with the platform result shapes', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    expect(await wx.invoke('setStorage', { key: 'todos', data: [{ t: 'a' }] })).toEqual({
      errMsg: 'setStorage:ok',
    })
    expect(await wx.invoke('getStorage', { key: 'todos' })).toEqual({
      errMsg: 'getStorage:ok',
      data: [{ t: 'a' }],
    })
    await wx.invoke('removeStorage', { key: 'todos' })
    // "getStorage:fail data not found" for a missing key (the platform's answer).
    expect(await wx.invoke('getStorage', { key: 'todos' })).toEqual({
      errMsg: 'getStorage:fail data not found',
    })
    await wx.invoke('setStorageSync', { key: 'x', data: 1 })
    await wx.invoke('clearStorage')
    expect(await wx.invoke('getStorageInfo')).toMatchObject({ keys: [], currentSize: 0 })
  })

  it('answers a missing key read through getStorageSync with an empty string', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    expect(await wx.invoke('getStorageSync', { key: 'nope' })).toEqual({
      errMsg: 'getStorageSync:ok',
      data: '',
    })
  })

  it('gives a Date back as a Date, and keeps undefined, null and strings apart', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    const when = new Date('2024-05-06T07:08:09.000Z')
    await wx.invoke('setStorage', { key: 'when', data: when })
    await wx.invoke('setStorage', { key: 'nil', data: null })
    await wx.invoke('setStorage', { key: 's', data: 'null' })
    const got = await wx.invoke('getStorage', { key: 'when' })
    expect(got.data).toBeInstanceOf(Date)
    expect((got.data as Date).toISOString()).toBe(when.toISOString())
    expect((await wx.invoke('getStorage', { key: 'nil' })).data).toBeNull()
    expect((await wx.invoke('getStorage', { key: 's' })).data).toBe('null')
  })

  it('reports a missing or mistyped key as a parameter error', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    expect((await wx.invoke('setStorage', { data: 1 })).errMsg).toBe(
      'setStorage:fail parameter error: parameter.key should be String instead of Undefined;',
    )
    expect((await wx.invoke('getStorageSync', { key: 3 })).errMsg).toBe(
      'getStorageSync:fail parameter error: parameter.key should be String instead of Number;',
    )
  })

  it('fails data that cannot be serialised instead of storing half of it', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    const loop: Record<string, unknown> = {}
    loop.self = loop
    expect((await wx.invoke('setStorage', { key: 'loop', data: loop })).errMsg).toMatch(
      /^setStorage:fail /,
    )
    expect(wx.storageSnapshot()).toEqual({})
  })
})

// wx.setStorage docs: one key's data at most 1 MB, all data at most 10 MB. Client messages:
// "exceed storage item max length", "exceed storage max size 10Mb".
describe('storage limits', () => {
  const string = (bytes: number) => 'x'.repeat(bytes - 2) // JSON adds two quotes

  it('refuses one key over 1 MB and accepts one at exactly 1 MB', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    expect(
      (await wx.invoke('setStorage', { key: 'a', data: string(ITEM_LIMIT_BYTES) })).errMsg,
    ).toBe('setStorage:ok')
    const over = await wx.invoke('setStorageSync', { key: 'b', data: string(ITEM_LIMIT_BYTES + 1) })
    expect(over.errMsg).toBe('setStorageSync:fail exceed storage item max length')
    expect(wx.storageSnapshot()).not.toHaveProperty('b')
  })

  it('refuses a write that takes the app past 10 MB, and counts a replaced key once', async () => {
    const wx = createApiRegistry({ appId: 'wxA' })
    for (let i = 0; i < 9; i++)
      await wx.invoke('setStorage', { key: `k${i}`, data: string(ITEM_LIMIT_BYTES) })
    const full = await wx.invoke('setStorage', { key: 'k9', data: string(ITEM_LIMIT_BYTES) })
    expect(full.errMsg).toBe('setStorage:fail exceed storage max size 10Mb')
    // Rewriting an existing key at the same size fits: its old size is given back first.
    const again = await wx.invoke('setStorage', { key: 'k0', data: string(ITEM_LIMIT_BYTES) })
    expect(again.errMsg).toBe('setStorage:ok')
    const fits = await wx.invoke('setStorage', { key: 'k9', data: string(ITEM_LIMIT_BYTES - 100) })
    expect(fits.errMsg).toBe('setStorage:ok')
    const info = await wx.invoke('getStorageInfo')
    expect(info).toMatchObject({ limitSize: 10240, currentSize: 10240 })
    expect(info.keys).toHaveLength(10)
  })
})

describe('storage kept per app on disk', () => {
  it('survives a relaunch: a second registry on the same folder sees the data', async () => {
    const dir = tempDir()
    const first = createApiRegistry({ appId: 'wxA', storageDir: dir })
    await first.invoke('setStorage', { key: 'todos', data: ['milk'] })
    await first.invoke('setStorageSync', { key: 'gone', data: 1 })
    await first.invoke('removeStorageSync', { key: 'gone' })
    first.dispose()

    const second = createApiRegistry({ appId: 'wxA', storageDir: dir })
    expect(second.storageSnapshot()).toEqual({ todos: ['milk'] })
    expect(await second.invoke('getStorage', { key: 'todos' })).toMatchObject({ data: ['milk'] })
    // The write is atomic: only the storage file is left, no temp file.
    expect(readdirSync(join(dir, 'wxA'))).toEqual(['storage.json'])
  })

  it('keeps apps apart', async () => {
    const dir = tempDir()
    await createApiRegistry({ appId: 'wxA', storageDir: dir }).invoke('setStorage', {
      key: 'k',
      data: 'a',
    })
    const other = createApiRegistry({ appId: 'wxB', storageDir: dir })
    expect((await other.invoke('getStorage', { key: 'k' })).errMsg).toBe(
      'getStorage:fail data not found',
    )
    expect(existsSync(join(dir, 'wxB', 'storage.json'))).toBe(false)
  })

  it('persists clearStorage', async () => {
    const dir = tempDir()
    const first = createApiRegistry({ appId: 'wxA', storageDir: dir })
    await first.invoke('setStorage', { key: 'k', data: 'a' })
    await first.invoke('clearStorageSync')
    expect(createApiRegistry({ appId: 'wxA', storageDir: dir }).storageSnapshot()).toEqual({})
  })
})

// wx storage APIs, host side. The async forms and the `Sync` forms share one implementation:
// the logic thread keeps a mirror (loaded once from `storageSnapshot`) so `getStorageSync` can
// answer without a round trip, and sends the Sync writes here to be kept.
//
// errMsg wording: "getStorage:fail data not found" for a missing key (the platform's result,
// quoted in tutorials); a missing key argument is a parameter error. A missing key read through
// getStorageSync gives '' on the platform, not an error.

import { checkParams } from '../validate.ts'
import { type ApiContext, type ApiTable, fail, ok } from '../types.ts'
import { LIMIT_SIZE_KB, decodeValue, encodeValue } from './limits.ts'

const DATA_NOT_FOUND = 'data not found'

function setStorage(api: string) {
  return (args: Record<string, unknown>, ctx: ApiContext) => {
    const error = checkParams(api, args, { key: 'String' })
    if (error) return error
    let entry
    try {
      entry = encodeValue(args.data)
    } catch (e) {
      return fail(api, e instanceof Error ? e.message : String(e))
    }
    const limit = ctx.storage.set(args.key as string, entry)
    return limit ? fail(api, limit) : ok(api)
  }
}

function getStorage(api: string, sync: boolean) {
  return (args: Record<string, unknown>, ctx: ApiContext) => {
    const error = checkParams(api, args, { key: 'String' })
    if (error) return error
    const entry = ctx.storage.get(args.key as string)
    if (entry) return ok(api, { data: decodeValue(entry) })
    return sync ? ok(api, { data: '' }) : fail(api, DATA_NOT_FOUND)
  }
}

function removeStorage(api: string) {
  return (args: Record<string, unknown>, ctx: ApiContext) => {
    const error = checkParams(api, args, { key: 'String' })
    if (error) return error
    ctx.storage.remove(args.key as string)
    return ok(api)
  }
}

function clearStorage(api: string) {
  return (_args: Record<string, unknown>, ctx: ApiContext) => {
    ctx.storage.clear()
    return ok(api)
  }
}

function getStorageInfo(api: string) {
  return (_args: Record<string, unknown>, ctx: ApiContext) =>
    ok(api, {
      keys: ctx.storage.keys(),
      // Both in KB, as the platform reports them (limitSize 10240).
      currentSize: Math.ceil(ctx.storage.size() / 1024),
      limitSize: LIMIT_SIZE_KB,
    })
}

/** Every stored key decoded: what the logic thread's mirror starts from at launch. */
export function storageSnapshot(ctx: Pick<ApiContext, 'storage'>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of ctx.storage.keys()) {
    const entry = ctx.storage.get(key)
    if (entry) out[key] = decodeValue(entry)
  }
  return out
}

export const storageApis: ApiTable = {
  setStorage: setStorage('setStorage'),
  setStorageSync: setStorage('setStorageSync'),
  getStorage: getStorage('getStorage', false),
  getStorageSync: getStorage('getStorageSync', true),
  removeStorage: removeStorage('removeStorage'),
  removeStorageSync: removeStorage('removeStorageSync'),
  clearStorage: clearStorage('clearStorage'),
  clearStorageSync: clearStorage('clearStorageSync'),
  getStorageInfo: getStorageInfo('getStorageInfo'),
  getStorageInfoSync: getStorageInfo('getStorageInfoSync'),
}

// wx.getUpdateManager(): one manager per app (the platform's "全局唯一"). The host checks for a
// new version itself and sends the results as events on the manager's object; a listener added
// after an event still gets it (the check often ends before onLaunch adds its listeners).

import type { ApiCaller } from './api-call.ts'
import type { Runner } from './api-objects.ts'

const EVENTS = ['onCheckForUpdate', 'onUpdateReady', 'onUpdateFailed'] as const

export function createUpdateManager(calls: ApiCaller, run: Runner): () => Record<string, unknown> {
  let manager: Record<string, unknown> | null = null
  return () => (manager ??= make(calls, run))
}

function make(calls: ApiCaller, run: Runner): Record<string, unknown> {
  const listeners = new Map<string, Array<(res: unknown) => void>>()
  const happened = new Map<string, unknown>()
  const objectId = calls.callObject('getUpdateManager', {})
  calls.listen(objectId, (name, payload) => {
    happened.set(name, payload)
    for (const fn of listeners.get(name) ?? []) run(`UpdateManager.${name}`, () => fn(payload))
  })
  const manager: Record<string, unknown> = {
    applyUpdate: () => calls.notify('UpdateManager.applyUpdate', { objectId }),
  }
  for (const name of EVENTS) {
    manager[name] = (fn: unknown) => {
      if (typeof fn !== 'function') return
      const listener = fn as (res: unknown) => void
      listeners.set(name, [...(listeners.get(name) ?? []), listener])
      if (happened.has(name)) run(`UpdateManager.${name}`, () => listener(happened.get(name)))
    }
  }
  return manager
}

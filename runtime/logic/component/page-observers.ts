// `observers` (and properties' `observer`) of a page built with `Component()`: the platform
// makes such a page a component, so its setData runs them as a component's does (instance.ts):
// the matching `observers` once, then the `observer` of each property whose value changed.

import { parseDataPath, type PathSegment } from '../../shared/data-path.ts'
import type { MergedDefinition } from './behaviors.ts'
import type { Fn } from './definition.ts'
import { compileObservers, touchedObservers } from './observers.ts'

interface Observed {
  data: Record<string, unknown>
  setData(patch: Record<string, unknown>, callback?: () => void): void
  [key: string]: unknown
}

/** A hook for the page's onLoad that makes its setData run the observers (before any of the
 *  page's own code: initial data runs none), or null when the definition has none. */
export function observeSetData(
  def: MergedDefinition,
  warn: (message: string) => void,
): ((this: Observed) => void) | null {
  const observers = compileObservers(def.observers, warn)
  const watched = Object.entries(def.properties).filter(([, p]) => p.observer)
  if (!observers.length && !watched.length) return null
  return function (this: Observed) {
    const page = this
    const send = page.setData
    page.setData = function (patch, callback) {
      const old = watched.map(([name]) => page.data[name])
      send.call(page, patch, callback)
      if (!patch || typeof patch !== 'object') return
      const changed: PathSegment[][] = []
      for (const [key, value] of Object.entries(patch)) {
        const path = parsed(key)
        if (path && value !== undefined && typeof value !== 'function') changed.push(path)
      }
      if (changed.length)
        for (const { fn, args } of touchedObservers(observers, changed, page.data))
          fn.apply(page, args)
      watched.forEach(([name, prop], i) => {
        if (page.data[name] === old[i]) return
        const fn = typeof prop.observer === 'string' ? page[prop.observer] : prop.observer
        if (typeof fn === 'function') (fn as Fn).call(page, page.data[name], old[i], [name])
      })
    }
  }
}

function parsed(key: string): PathSegment[] | null {
  try {
    return parseDataPath(key)
  } catch {
    return null
  }
}

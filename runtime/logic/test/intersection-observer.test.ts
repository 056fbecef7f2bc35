import { expect, it } from 'vitest'
import { createIntersectionObserver, type SelectorQueryLike } from '../intersection-observer.ts'

/** A selector query answering from fixed rects: `.in-view`, `.outside`, and the viewport. */
function fakeQuery(): SelectorQueryLike {
  const asked: Array<string | null> = []
  const rects: Record<string, object> = {
    '.in-view': {
      id: 'a',
      dataset: {},
      left: 0,
      top: 0,
      right: 100,
      bottom: 50,
      width: 100,
      height: 50,
    },
    '.outside': {
      id: 'b',
      dataset: {},
      left: 0,
      top: 900,
      right: 100,
      bottom: 950,
      width: 100,
      height: 50,
    },
  }
  const ref = { boundingClientRect: () => q }
  const q: SelectorQueryLike = {
    in: () => q,
    select: (s) => (asked.push(s), ref),
    selectAll: (s) => (asked.push(s), ref),
    selectViewport: () => (asked.push(null), ref),
    exec: (cb) =>
      cb(asked.map((s) => (s === null ? { left: 0, top: 0, right: 375, bottom: 600 } : rects[s]))),
  }
  return q
}

const observe = (selector: string) => {
  const seen: Array<Record<string, unknown>> = []
  const o = createIntersectionObserver(fakeQuery, (fn) => fn(), null) as {
    relativeToViewport(): { observe(s: string, cb: (e: Record<string, unknown>) => void): void }
  }
  o.relativeToViewport().observe(selector, (e) => seen.push(e))
  return seen
}

it('notifies once for a target that intersects the viewport, with the platform fields', () => {
  const [entry] = observe('.in-view')
  expect(entry).toMatchObject({
    id: 'a',
    intersectionRatio: 1,
    intersectionRect: { left: 0, top: 0, right: 100, bottom: 50, width: 100, height: 50 },
    relativeRect: { left: 0, top: 0, right: 375, bottom: 600 },
  })
  expect(typeof entry!.time).toBe('number')
})

it('stays silent for a target whose ratio stays at initialRatio (0)', () => {
  expect(observe('.outside')).toEqual([])
})

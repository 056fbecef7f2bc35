// `wx.createSelectorQuery().selectViewport()` across the two threads: the request the logic
// runtime builds is answered by the view from its document (the display area's size and the
// page's scroll position), and the app's callbacks get that answer.
// WeChat docs (SelectorQuery.selectViewport): "选择显示区域。可用于获取显示区域的尺寸、滚动位置等信息"
// (the display area: its size and scroll position).

import { expect, test } from 'vitest'
import type { ApiResult, SelectorRequest } from '../../bridge/protocol.ts'
import type { ApiCaller } from '../../runtime/logic/api-call.ts'
import { createSelectorQuery } from '../../runtime/logic/api-objects.ts'
import { startTestView } from '../support/view-port.ts'

/** The part of the app-facing query builder these tests call. */
type Callback = (res: unknown) => void
interface NodesRef {
  scrollOffset(cb: Callback): Query
  boundingClientRect(cb: Callback): Query
  fields(fields: Record<string, unknown>, cb: Callback): Query
}
interface Query {
  selectViewport(): NodesRef
  select(selector: string): NodesRef
  exec(cb?: Callback): Query
}

function mountedView() {
  const { sent, deliver, mount, dom } = startTestView(
    { 'index.wxml': `<view id="top" class="title">{{title}}</view>` },
    {},
    (window) => {
      // a phone-sized window: what an iframe in the simulator, or a configured headless window, has
      Object.defineProperty(window, 'innerWidth', { value: 375 })
      Object.defineProperty(window, 'innerHeight', { value: 667 })
    },
  )
  mount({})
  return { sent, deliver, dom }
}

/** Runs a logic-side query against the view, as the host would relay it; returns what the
 *  app's callbacks received. */
function runQuery(
  build: (query: Query, seen: unknown[]) => void,
  view: ReturnType<typeof mountedView>,
): unknown[] {
  const seen: unknown[] = []
  const calls = {
    call(api: string, args: { requests: SelectorRequest[] }, onResult: (r: ApiResult) => void) {
      expect(api).toBe('SelectorQuery.exec')
      view.deliver({ type: 'selectorQuery', queryId: 9, requests: args.requests })
      const answer = view.sent.find((m) => m.type === 'selectorQueryResult')
      if (answer?.type !== 'selectorQueryResult') throw new Error('no answer')
      onResult({ errMsg: 'SelectorQuery.exec:ok', results: answer.results })
      return 1
    },
  } as unknown as ApiCaller
  const query = createSelectorQuery(
    calls,
    (_api, fn) => fn(),
    () => 1,
  )
  build(query as unknown as Query, seen)
  return seen
}

test('selectViewport().scrollOffset reads the page scroll position', () => {
  const view = mountedView()
  view.deliver({ type: 'pageScrollTo', scrollTop: 120, duration: 0 })
  const seen = runQuery((q, out) => {
    q.selectViewport().scrollOffset((res) => out.push(res))
    q.exec((all) => out.push(all))
  }, view)
  const offset = {
    id: '',
    dataset: {},
    scrollLeft: 0,
    scrollTop: 120,
    scrollWidth: 0,
    scrollHeight: 0,
  }
  expect(seen).toEqual([offset, [offset]])
})

test('selectViewport().boundingClientRect is the display area, beside element answers', () => {
  const view = mountedView()
  const seen = runQuery((q, out) => {
    q.selectViewport().boundingClientRect((res) => out.push(res))
    q.select('.title').fields({ id: true }, (res) => out.push(res))
    q.exec()
  }, view)
  expect(seen).toEqual([
    { id: '', dataset: {}, left: 0, right: 375, top: 0, bottom: 667, width: 375, height: 667 },
    { id: 'top' },
  ])
})

// Test harness for the page stack: an app config with tab pages, and effects that record every
// call as a short line (`b.onLoad`, `create:b`, `App.onShow`) so a test can assert exact order.

import type { StackAppConfig } from './config.ts'
import { PageStack } from './stack.ts'
import type { PageStackEffects, PageStackOptions } from './types.ts'

export const APP: StackAppConfig = {
  pages: [
    'pages/tab1/tab1',
    'pages/tab2/tab2',
    'pages/a/a',
    'pages/b/b',
    'pages/c/c',
    'pages/d/d',
    'pages/deep/x/x',
  ],
  entryPagePath: 'pages/tab1/tab1',
  window: { navigationBarTitleText: 'App', navigationBarBackgroundColor: '#111111' },
  tabBar: {
    color: '#999999',
    selectedColor: '#ff0000',
    list: [
      { pagePath: 'pages/tab1/tab1', text: 'One' },
      { pagePath: 'pages/tab2/tab2', text: 'Two' },
    ],
  },
  subpackages: [{ root: 'sub', pages: ['sub/s/s'], independent: false }],
  page: {
    'pages/b/b': {
      window: {
        navigationBarTitleText: 'Page B',
        navigationBarBackgroundColor: '#111111',
        enablePullDownRefresh: true,
      },
      subpackage: null,
    },
  },
}

export interface Harness {
  stack: PageStack
  log: string[]
  /** Every lifecycle call with its arguments. */
  calls: Array<{ page: string; name: string; args: unknown[] | undefined }>
  /** getCurrentPages() as the stack effect reported it, as short names, after each change. */
  stacks: string[][]
  /** When manual: first renders wait for `render(id)` (or `failRender`). */
  render(webviewId: number): void
  failRender(webviewId: number, message: string): void
  /** Clears the log (after launch, to look at one route). */
  reset(): void
}

/** `pages/deep/x/x` → `x`; `sub/s/s` → `s`. */
function short(route: string): string {
  return route.split('/').pop() ?? route
}

export function harness(
  options: PageStackOptions & {
    manual?: boolean
    /** Also log each stack change as `stack:[a,b]`. */
    logStack?: boolean
    onLifecycle?: (line: string) => void
  } = {},
  config: StackAppConfig = APP,
): Harness {
  const names = new Map<number, string>()
  const pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>()
  const h: Omit<Harness, 'stack'> = {
    log: [],
    calls: [],
    stacks: [],
    render: (id) => pending.get(id)?.resolve(),
    failRender: (id, message) => pending.get(id)?.reject(new Error(message)),
    reset: () => {
      h.log.length = 0
      h.calls.length = 0
      h.stacks.length = 0
    },
  }
  const effects: PageStackEffects = {
    createPage(p) {
      names.set(p.webviewId, short(p.route))
      h.log.push(`create:${short(p.route)}`)
      if (!options.manual) return Promise.resolve()
      return new Promise((resolve, reject) => pending.set(p.webviewId, { resolve, reject }))
    },
    lifecycle(id, name, args) {
      const line = `${names.get(id)}.${name}`
      h.log.push(line)
      h.calls.push({ page: names.get(id) ?? '?', name, args })
      options.onLifecycle?.(line)
    },
    destroyPage: (id) => h.log.push(`destroy:${names.get(id)}`),
    appLifecycle(name, args) {
      h.log.push(`App.${name}`)
      h.calls.push({ page: 'App', name, args })
    },
    stack(ids) {
      const pages = ids.map((id) => names.get(id) ?? '?')
      h.stacks.push(pages)
      if (options.logStack) h.log.push(`stack:[${pages.join(',')}]`)
    },
  }
  return { ...h, stack: new PageStack(config, effects, options) } as Harness
}

/** A harness launched at `path` (default: the entry tab page), log cleared. */
export async function launched(path?: string, options: Parameters<typeof harness>[0] = {}) {
  const h = harness(options)
  const result = await h.stack.launch(path)
  if (result.errMsg !== 'appLaunch:ok') throw new Error(result.errMsg)
  h.reset()
  return h
}

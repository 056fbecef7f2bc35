// App.*: the page stack, wx calls and mocks, evaluating in logic, logs, bindings, screenshots.
// Mocks replace `wx[name]` inside the logic thread (as the official tools do), so sync APIs
// (getStorageSync) are mocked too and a mock function gets the real API as `this.origin`;
// restoring puts the real one back.

import type { Page } from '../headless/page.ts'
import { AutomatorError, missingParam, needsBrowser } from './errors.ts'
import type { Handler, Params, Session } from './session.ts'

/** First argument of the console line a binding call sends. */
export const BINDING_MARK = '[mpsim automator binding]'

/** A page as the client reads it. */
export const pageInfo = (page: Page) => ({
  pageId: page.webviewId,
  path: page.path,
  query: page.query,
})

/** APIs that answer at once (no callbacks): their mock returns its value. */
const SYNC_API = /Sync$|^create|Manager$|^canIUse$|^getMenuButtonBoundingClientRect$|^on|^off/

/** Runs in logic: installs (or removes) the mock of `wx[name]`; `IMPL` is replaced by the
 *  mock function's source, or null for a value mock. */
const MOCK_CODE = `function (name, mode, value, extra, sync) {
  const store = global.__mpsimAutomatorMocks || (global.__mpsimAutomatorMocks = {})
  if (mode === 'restore') {
    if (Object.prototype.hasOwnProperty.call(store, name)) {
      wx[name] = store[name]
      delete store[name]
    }
    return
  }
  if (!Object.prototype.hasOwnProperty.call(store, name)) store[name] = wx[name]
  const origin = store[name]
  const impl = IMPL
  const produce = (callArgs) =>
    impl ? impl.apply({ origin }, callArgs.concat(extra)) : JSON.parse(JSON.stringify(value))
  wx[name] = function (...callArgs) {
    if (sync) return produce(callArgs)
    const options = Object(callArgs[0])
    const answer = Promise.resolve().then(() => produce(callArgs))
    const failed = (res) => res && typeof res.errMsg === 'string' && /:fail/.test(res.errMsg)
    const done = answer.then((res) => {
      if (failed(res)) { if (options.fail) options.fail(res) } else if (options.success) options.success(res)
      if (options.complete) options.complete(res)
      if (failed(res)) throw res
      return res
    })
    if (options.success || options.fail || options.complete) { done.catch(() => {}); return }
    return done
  }
}`

export const appMethods: Record<string, Handler> = {
  'App.getPageStack': async (_p, s) => ({
    pageStack: (await s.program.pageStack()).map(pageInfo),
  }),

  'App.getCurrentPage': async (_p, s) => {
    const page = await s.program.currentPage()
    if (!page) throw new AutomatorError('App.getCurrentPage: no page is shown')
    return pageInfo(page)
  },

  'App.callWxMethod': async (p, s) => {
    const method = text(p, 'App.callWxMethod', 'method')
    noPlugin(p, 'App.callWxMethod')
    const args = Array.isArray(p.args) ? p.args : []
    return { result: await s.program.callWxMethod(method, ...args) }
  },

  'App.mockWxMethod': async (p, s) => {
    const { code, args } = mockCode(p)
    await s.program.evaluate(code, ...args)
    return {}
  },

  'App.callFunction': async (p, s) => {
    const code = text(p, 'App.callFunction', 'functionDeclaration')
    const args = Array.isArray(p.args) ? p.args : []
    const result = await s.program.evaluate(code, ...args)
    await s.program.settle()
    return { result }
  },

  'App.captureScreenshot': async (_p, s) => {
    if (!s.home.captureScreenshot) throw needsBrowser('App.captureScreenshot')
    return { data: await s.home.captureScreenshot() }
  },

  'App.enableLog': async (_p, s) => {
    s.enableLog()
    return {}
  },

  'App.addBinding': async (p, s) => {
    const name = text(p, 'App.addBinding', 'name')
    const { code, args } = bindingCode(name)
    await s.program.evaluate(code, ...args)
    return {}
  },

  'App.exit': async () => ({}),
}

/** The evaluate call that installs, or (without result or function) removes, a mock. */
export function mockCode(p: Params): { code: string; args: unknown[] } {
  const method = text(p, 'App.mockWxMethod', 'method')
  noPlugin(p, 'App.mockWxMethod')
  const sync = SYNC_API.test(method)
  const extra = Array.isArray(p.args) ? p.args : []
  if (typeof p.functionDeclaration === 'string') {
    const source = `(${p.functionDeclaration})`
    const code = MOCK_CODE.replace('IMPL', () => source)
    return { code, args: [method, 'function', null, extra, sync] }
  }
  const code = MOCK_CODE.replace('IMPL', 'null')
  if ('result' in p) return { code, args: [method, 'value', p.result, extra, sync] }
  return { code, args: [method, 'restore', null, [], sync] }
}

/**
 * The evaluate call that defines binding `name` in logic. A call reaches the host as a console
 * line with BINDING_MARK first (logs cross the bridge in every home); events.ts turns it into
 * App.bindingCalled and keeps it out of the log.
 */
export function bindingCode(name: string): { code: string; args: unknown[] } {
  if (!/^[A-Za-z_$][\w$]*$/.test(name))
    throw new AutomatorError(`App.addBinding: "${name}" is not a JavaScript name`)
  const code = `function (name, mark) {
    const binding = (...args) => console.debug(mark, name, args)
    globalThis[name] = binding
    global[name] = binding
  }`
  return { code, args: [name, BINDING_MARK] }
}

function text(p: Params, method: string, name: string): string {
  const value = p[name]
  if (typeof value !== 'string' || !value) throw missingParam(method, name, 'a non-empty string')
  return value
}

function noPlugin(p: Params, method: string): void {
  if (p.pluginId !== undefined)
    throw new AutomatorError(
      `${method}: plugins are not supported by mpsim (pluginId ${String(p.pluginId)})`,
    )
}

// Functions run in the logic thread through `evaluate` (their source), shared by both homes:
// a wx call, a page's data and methods, a custom component's data and methods.

export { CALL_WX } from '../headless/mini-program.ts'

const AT_PATH = `(data, path) => !path ? data :
  path.split(/[.\\[\\]]/).filter(Boolean).reduce((o, k) => (o == null ? undefined : o[k]), data)`

/** A page by webview id: `getData` (at a path), `setData`, `callMethod`. */
export const PAGE_CODE = `function (webviewId, op, a, b) {
  const page = __mpsimPage(webviewId)
  if (!page) throw new Error('page (webview ' + webviewId + ') is not alive in logic')
  if (op === 'getData') return (${AT_PATH})(page.data, a)
  if (op === 'setData') return new Promise((resolve) => page.setData(a, () => resolve(undefined)))
  if (typeof page[a] !== 'function') throw new Error('page ' + page.route + ' has no method ' + a)
  return page[a](...b)
}`

/** A custom component by its instance id (the view's is logic's): the same three. */
export const COMPONENT_CODE = `function (webviewId, instanceId, op, a, b) {
  const record = __mpsimComponents(webviewId).find((r) => r.instanceId === instanceId)
  if (!record) throw new Error('component ' + instanceId + ' is not alive in logic')
  const c = record.instance
  if (op === 'getData') return (${AT_PATH})(c.data, a)
  if (op === 'setData') return new Promise((resolve) => c.setData(a, () => resolve(undefined)))
  if (typeof c[a] !== 'function') throw new Error('component ' + c.is + ' has no method ' + a)
  return c[a](...b)
}`

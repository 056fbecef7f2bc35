// app.json `tabBar` checks, per the app.json reference: a list of 2 to 5 items, each naming a
// main-package page (`pagePath`) and a `text`; `position` is bottom or top; colors are expected.

import { createError } from '../errors.ts'
import type { OnError } from '../errors.ts'
import { isObject } from './config.ts'
import type { AppConfig } from './config.ts'
import type { JsonDoc } from './json.ts'

export function checkTabBar(app: AppConfig, doc: JsonDoc, onError: OnError): void {
  const bar = app.tabBar
  if (!bar) return
  const report = (path: string[], what: string, severity: 'error' | 'warning' = 'error') =>
    onError(createError('JSON_INVALID', doc.loc(['tabBar', ...path]), doc.source, [what], severity))
  for (const key of ['color', 'selectedColor', 'backgroundColor']) {
    if (typeof bar[key] !== 'string') report([key], `tabBar.${key} should be a color`, 'warning')
  }
  if (bar.position !== undefined && bar.position !== 'bottom' && bar.position !== 'top') {
    report(['position'], 'tabBar.position must be "bottom" or "top"')
  }
  const list = bar.list
  if (!Array.isArray(list) || list.length < 2 || list.length > 5) {
    report(['list'], 'tabBar.list must have 2 to 5 items')
    return
  }
  const subRoots = app.subpackages.map((s) => `${s.root}/`)
  list.forEach((item: unknown, i) => {
    const at = ['list', String(i)]
    if (!isObject(item)) return report(at, `tabBar.list[${i}] must be an object`)
    const page = item.pagePath
    if (typeof page !== 'string') report(at, `tabBar.list[${i}] needs a "pagePath"`)
    else if (!app.pages.includes(page) || subRoots.some((r) => page.startsWith(r))) {
      report([...at, 'pagePath'], `tabBar page "${page}" is not a page of the main package`)
    }
    if (typeof item.text !== 'string') report(at, `tabBar.list[${i}] needs a "text"`)
  })
}

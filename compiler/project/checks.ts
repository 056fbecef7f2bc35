// app.json checks that need more than one field: `tabBar` (per the app.json reference: a list of
// 2 to 5 items, each naming a main-package page and a `text`; `position` is bottom or top;
// colors expected) and `preloadRule` (keys are pages, packages name subpackages by name or root).

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

export function checkPreloadRule(
  app: AppConfig,
  pages: readonly string[],
  doc: JsonDoc,
  onError: OnError,
): void {
  const known = new Set(app.subpackages.flatMap((s) => (s.name ? [s.name, s.root] : [s.root])))
  known.add('__APP__')
  for (const [page, rule] of Object.entries(app.preloadRule)) {
    const at = ['preloadRule', page]
    if (!pages.includes(page)) {
      onError(
        createError('JSON_INVALID', doc.loc(at), doc.source, [
          `preloadRule page "${page}" is not a page`,
        ]),
      )
    }
    rule.packages.forEach((name, i) => {
      if (known.has(name)) return
      const what = `preloadRule package "${name}" is not a subpackage name or root`
      onError(
        createError('JSON_INVALID', doc.loc([...at, 'packages', String(i)]), doc.source, [what]),
      )
    })
  }
}

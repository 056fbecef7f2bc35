// Data observers (docs "数据监听器"): `'a, b'` watches several fields and runs once per setData
// that touches any of them; `'a.b'` / `'list[0]'` run when that path or one of its ancestors is
// set; `'a.**'` also when anything below `a` is set; `'**'` on every setData. They run with the
// current values of their fields (for `x.**`, the value of `x`), even when nothing changed.

import { parseDataPath, type PathSegment } from '../../shared/data-path.ts'

export interface ObserverField {
  path: string[]
  /** `x.**`: descendants count too. */
  deep: boolean
}

/** `'a.b, list[0], obj.**'` → its fields. `'**'` is a deep field with an empty path. */
export function parseObserverFields(spec: string): ObserverField[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const deep = s === '**' || s.endsWith('.**')
      const base = s === '**' ? '' : deep ? s.slice(0, -3) : s
      return { path: base ? parseDataPath(base).map(String) : [], deep }
    })
}

const isPrefix = (a: readonly string[], b: readonly string[]) =>
  a.length <= b.length && a.every((seg, i) => seg === b[i])

/** Does setting `changed` touch this field? */
export function fieldTouched(field: ObserverField, changed: readonly PathSegment[]): boolean {
  const path = changed.map(String)
  return isPrefix(path, field.path) || (field.deep && isPrefix(field.path, path))
}

export function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

export interface CompiledObserver<F> {
  fields: ObserverField[]
  fn: F
}

export function compileObservers<F>(
  list: Array<[string, F]>,
  warn: (m: string) => void,
): Array<CompiledObserver<F>> {
  const out: Array<CompiledObserver<F>> = []
  for (const [spec, fn] of list) {
    try {
      out.push({ fields: parseObserverFields(spec), fn })
    } catch {
      warn(`observers: cannot parse the field list "${spec}"; this observer never runs.`)
    }
  }
  return out
}

/** The observers touched by these changed paths, each with its arguments, in definition order. */
export function touchedObservers<F>(
  observers: Array<CompiledObserver<F>>,
  changed: ReadonlyArray<readonly PathSegment[]>,
  data: unknown,
): Array<{ fn: F; args: unknown[] }> {
  const out: Array<{ fn: F; args: unknown[] }> = []
  for (const o of observers) {
    if (!o.fields.some((f) => changed.some((c) => fieldTouched(f, c)))) continue
    out.push({ fn: o.fn, args: o.fields.map((f) => valueAt(data, f.path)) })
  }
  return out
}

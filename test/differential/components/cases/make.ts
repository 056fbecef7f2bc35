// Short ways to write component cases: a page as `Component({...})` from its data and methods
// source, components from their template and definition source.
import type { ComponentCase, ComponentSource } from '../types.ts'

/** A component: its template, the object passed to `Component(...)`, its usingComponents. */
export const comp = (
  wxml: string,
  def: string,
  using?: Record<string, string>,
): ComponentSource => ({
  wxml,
  js: `Component(${def})`,
  ...(using ? { using } : {}),
})

/** A page whose `Component({...})` has `data` and `methods` as given (source text). */
export const page = (
  wxml: string,
  using: Record<string, string>,
  data = '{}',
  methods = '{}',
): ComponentSource => comp(wxml, `{ data: ${data}, methods: ${methods} }`, using)

export function tc(topic: string, name: string, parts: Omit<ComponentCase, 'name'>): ComponentCase {
  return { name: `${topic}: ${name}`, ...parts }
}

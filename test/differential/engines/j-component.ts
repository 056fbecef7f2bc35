// j-component engine: the platform compiler's output (wcc) rendered by j-component, the way
// miniprogram-simulate does with its `official` compiler: built-ins registered by
// miniprogram-simulate as `wx-*` components, patches applied by j-component's own setData and
// DOM diff. Its built-ins declare no properties, so `hidden` never reaches the DOM, and it does
// not put `id` on elements: comparisons with this engine leave both out.
import { createRequire } from 'node:module'
import { normaliseDom, serialise, stripUnreported } from '../normalise.ts'
import type { DiffCase, Engine, EngineRun } from '../types.ts'
import { compileWcc } from './wcc-compile.ts'

interface JComponent {
  dom: Element
  setData(patch: Record<string, unknown>): void
}
interface JComponentModule {
  register(def: { template: unknown; data: Record<string, unknown> }): string
  create(id: string): JComponent
}

const require = createRequire(import.meta.url)
let jComponent: JComponentModule | undefined
const REPORTS = { reportsHidden: false, reportsId: false }

function load(): JComponentModule {
  if (jComponent) return jComponent
  // loading miniprogram-simulate registers the built-in components (and sets globals `wx`,
  // `Component`, `Behavior`, as in its own tests)
  require('miniprogram-simulate')
  jComponent = require('j-component') as JComponentModule
  return jComponent
}

function run(c: DiffCase): EngineRun {
  const jc = load()
  const gen = compileWcc(c.files)('index.wxml')
  const id = jc.register({ template: gen, data: structuredClone(c.data) })
  const comp = jc.create(id)
  const snap = () => stripUnreported(serialise(normaliseDom(comp.dom, false)), REPORTS)
  const snapshots = [snap()]
  for (const patch of c.patches ?? []) {
    comp.setData(structuredClone(patch))
    snapshots.push(snap())
  }
  return { snapshots, ...REPORTS }
}

export const jComponentEngine: Engine = { name: 'j-component', run }

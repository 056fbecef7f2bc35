// j-component engine for component cases: the templates compiled by wcc (the platform's
// compiler), the definitions registered with j-component (which runs them on
// miniprogram-exparser, the platform's component framework of its time), the page as the root
// component attached to the document. Relations are keyed by component id the way
// miniprogram-simulate's `Component` does it. A tap is dispatched on the exparser node as
// j-component's own `dispatchEvent('tap')` does (bubbles, composed, capturePhase).

import { createRequire } from 'node:module'
import { posix } from 'node:path'
import { compileWcc } from '../../engines/wcc-compile.ts'
import { customTagsOf, LOG_LINE, serialiseComponentDom } from '../normalise.ts'
import type {
  ComponentCase,
  ComponentEngine,
  ComponentRun,
  ComponentSource,
  Step,
} from '../types.ts'

type Def = Record<string, unknown> & { relations?: Record<string, Record<string, unknown>> }
interface Instance {
  setData(patch: Record<string, unknown>): void
  selectComponent(s: string): Instance | null
  [method: string]: unknown
}
interface Wrapper {
  dom: Element
  instance: Instance
  querySelector(s: string): Wrapper | undefined
  setData(patch: Record<string, unknown>): void
  attach(parent: Element): void
  detach(): void
}
interface JComponentModule {
  register(def: Def): string
  create(id: string): Wrapper
}
interface Exparser {
  Event: { dispatchEvent(node: unknown, ev: unknown): void; create(...a: unknown[]): unknown }
}

const require = createRequire(import.meta.url)
let seq = 0

function load(): { jc: JComponentModule; exparser: Exparser } {
  // miniprogram-simulate registers the built-ins as `wx-*` components
  require('miniprogram-simulate')
  return { jc: require('j-component'), exparser: require('miniprogram-exparser') }
}

/** Runs a case's `Component({...})` source and returns the definition it passed. */
function definitionOf(src: ComponentSource, log: (...a: unknown[]) => void): Def {
  let def: Def | undefined
  // eslint-disable-next-line no-new-func
  new Function('Component', 'log', src.js)((d: Def) => (def = d), log)
  if (!def) throw new Error('the component source did not call Component()')
  return def
}

/** As miniprogram-simulate: a relation's path becomes the target component's id. */
function keyRelations(def: Def, path: string, idOf: Map<string, string>): void {
  if (!def.relations) return
  const out: Record<string, Record<string, unknown>> = {}
  for (const [key, value] of Object.entries(def.relations)) {
    const target = posix.join(posix.dirname(path), key).replace(/^\//, '')
    const id = idOf.get(target)
    out[id ?? key] = id ? { ...value, target: id } : value
  }
  def.relations = out
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

function act(root: Wrapper, exparser: Exparser, step: Step): void {
  if ('tap' in step) {
    let w: Wrapper | undefined = root
    for (const s of step.tap) w = w?.querySelector(s)
    if (!w) throw new Error(`tap: ${step.tap.join(' ')} not found`)
    const node = (w as unknown as { _exparserNode: unknown })._exparserNode
    const opts = { bubbles: true, capturePhase: true, composed: true }
    // the detail j-component's touch path gives a tap at (0, 0)
    exparser.Event.dispatchEvent(node, exparser.Event.create('tap', { x: 0, y: 0 }, opts))
    return
  }
  let target: Instance = root.instance
  for (const s of step.on ?? []) {
    const next = target.selectComponent(s)
    if (!next) throw new Error(`selectComponent(${s}) found nothing`)
    target = next
  }
  if ('setData' in step) target.setData(structuredClone(step.setData))
  else (target[step.call] as (...a: unknown[]) => void)(...(step.args ?? []))
}

async function run(c: ComponentCase): Promise<ComponentRun> {
  const { jc, exparser } = load()
  const files: Record<string, string> = { 'index.wxml': c.page.wxml }
  for (const [path, src] of Object.entries(c.components)) files[`${path}.wxml`] = src.wxml
  const gen = compileWcc(files)
  const lines: string[] = []
  const lineOf = new Function(`return ${LOG_LINE}`)() as (a: unknown[]) => string
  const log = (...a: unknown[]) => lines.push(lineOf(a))
  seq += 1
  const idOf = new Map(Object.keys(c.components).map((p, i) => [p, `diff${seq}c${i}`]))
  const using = (u: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(u).map(([tag, p]) => [tag, idOf.get(p) ?? p]))
  for (const [path, src] of Object.entries(c.components)) {
    const def = definitionOf(src, log)
    keyRelations(def, path, idOf)
    const template = gen(`${path}.wxml`)
    jc.register({
      ...def,
      id: idOf.get(path),
      path: `/${path}`,
      template,
      usingComponents: using(src.using),
    })
  }
  const pageDef = definitionOf(c.page, log)
  const pageId = jc.register({
    ...pageDef,
    template: gen('index.wxml'),
    usingComponents: using(c.page.using),
  })
  const root = jc.create(pageId)
  const parent = document.createElement('div')
  document.body.appendChild(parent)
  const tags = customTagsOf(c)
  const snap = async () => {
    await tick()
    const tree = serialiseComponentDom(root.dom, tags, false).replace(
      /(<[a-z-]+) id="(?:[^"\\]|\\.)*"/g,
      '$1',
    )
    return { tree, log: lines.splice(0, lines.length) }
  }
  try {
    root.attach(parent)
    const steps = [await snap()]
    for (const step of c.steps ?? []) {
      act(root, exparser, step)
      steps.push(await snap())
    }
    return { steps, reportsHidden: false, reportsId: false }
  } finally {
    root.detach()
    parent.remove()
  }
}

export const jComponentComponentEngine: ComponentEngine = { name: 'j-component', run }

// glass-easel engine for component cases: WeChat's open-source component framework (the
// platform's current one) with its template compiler. Definitions go to `defineComponent` as
// written (glass-easel takes the same fields), each case under its own path prefix; the page is
// the root component, attached with `pretendAttached`. glass-easel leaves `ready` to the host
// (the platform triggers it after layout), so a case whose components log `ready` cannot be
// compared with it. A tap is `triggerEvent('tap', { x: 0, y: 0 })`, bubbling, composed, with a
// capture phase, as the platform dispatches a tap.

import * as ge from 'glass-easel'
import { makeElement, mergeText, serialise } from '../../normalise.ts'
import type { NormalNode } from '../../types.ts'
import { builtinSpace, compile } from '../../engines/glass-easel.ts'
import { LOG_LINE } from '../normalise.ts'
import type {
  ComponentCase,
  ComponentEngine,
  ComponentRun,
  ComponentSource,
  Step,
} from '../types.ts'

type Def = Record<string, unknown>
let seq = 0

function definitionOf(src: ComponentSource, log: (...a: unknown[]) => void): Def {
  let def: Def | undefined
  // eslint-disable-next-line no-new-func
  new Function('Component', 'log', src.js)((d: Def) => (def = d), log)
  if (!def) throw new Error('the component source did not call Component()')
  return def
}

/** Classes as rendered (external classes replaced by the owner's), read from the DOM backend. */
const classOf = (n: ge.Element): string | null =>
  (n as unknown as { $$?: Element }).$$?.getAttribute('class') ?? n.class

/** The composed tree: a component's shadow tree with each slot's content in its place. */
function composed(node: ge.Node, tags: ReadonlySet<string>): NormalNode[] {
  const out: NormalNode[] = []
  const visit = (n: ge.Node) => {
    if (ge.TextNode.isTextNode(n)) out.push(n.textContent)
    else if (ge.Component.isComponent(n)) {
      const hidden = !!n.data['hidden']
      const attrs = { class: classOf(n), style: n.style, id: n.id, hidden }
      const kids = composed(n, tags)
      if (n.tagName === 'page') out.push(...kids)
      else out.push(makeElement(n.tagName, attrs, kids))
    } else if (ge.NativeNode.isNativeNode(n)) {
      const attrs = { class: classOf(n), style: n.style, id: n.id }
      out.push(makeElement(n.is, attrs, composed(n, tags)))
    } else if (ge.VirtualNode.isVirtualNode(n)) out.push(...composed(n, tags))
  }
  ;(node as ge.Element).forEachComposedChild((child) => {
    if (ge.ShadowRoot.isShadowRoot?.(child)) (child as ge.Element).forEachComposedChild(visit)
    else visit(child)
  })
  return mergeText(out)
}

function find(root: ge.GeneralComponent, path: string[]): ge.Element {
  let node: ge.Element | null = root
  for (const s of path) {
    const shadow: ge.ShadowRoot | null = ge.Component.isComponent(node)
      ? node.getShadowRoot()
      : null
    node = shadow ? (shadow.querySelector(s) as ge.Element | null) : null
    if (!node) throw new Error(`${s} not found along ${path.join(' ')}`)
  }
  return node
}

function act(root: ge.GeneralComponent, step: Step): void {
  if ('tap' in step) {
    const opts = { bubbles: true, composed: true, capturePhase: true }
    ge.triggerEvent(find(root, step.tap), 'tap', { x: 0, y: 0 }, opts)
    return
  }
  const target = find(root, step.on ?? []) as ge.GeneralComponent
  if ('setData' in step) target.setData(structuredClone(step.setData))
  else
    (target as unknown as Record<string, (...a: unknown[]) => void>)[step.call]!(
      ...(step.args ?? []),
    )
}

function withErrors<T>(errors: string[], fn: () => T): T {
  const listener = (err: unknown) => {
    errors.push(err instanceof Error ? err.message : String(err))
    return false
  }
  ge.addGlobalErrorListener(listener)
  try {
    return fn()
  } finally {
    ge.removeGlobalErrorListener(listener)
  }
}

async function run(c: ComponentCase): Promise<ComponentRun> {
  const prefix = `case${(seq += 1)}`
  const files: Record<string, string> = { [`${prefix}/index.wxml`]: c.page.wxml }
  for (const [path, src] of Object.entries(c.components)) files[`${prefix}/${path}.wxml`] = src.wxml
  const groupList = compile(files)
  const space = builtinSpace()
  const lines: string[] = []
  const errors: string[] = []
  const lineOf = new Function(`return ${LOG_LINE}`)() as (a: unknown[]) => string
  const log = (...a: unknown[]) => lines.push(lineOf(a))
  const using = (u: Record<string, string> = {}) =>
    Object.fromEntries(Object.entries(u).map(([tag, p]) => [tag, `/${prefix}/${p}`]))
  const define = (is: string, src: ComponentSource) =>
    space.defineComponent({
      ...definitionOf(src, log),
      is,
      template: { content: groupList[is], groupList },
      using: using(src.using),
    } as Parameters<ge.ComponentSpace['defineComponent']>[0])
  for (const [path, src] of Object.entries(c.components)) define(`${prefix}/${path}`, src)
  const pageDef = define(`${prefix}/index`, c.page)
  const backend = new ge.CurrentWindowBackendContext()
  const root = withErrors(errors, () => {
    const page = ge.Component.createWithContext('page', pageDef.general(), backend)
    ge.Element.pretendAttached(page)
    return page
  })
  const tags = new Set<string>()
  const snap = () => ({ tree: serialise(composed(root, tags)), log: lines.splice(0, lines.length) })
  const steps = [snap()]
  try {
    for (const step of c.steps ?? []) {
      withErrors(errors, () => act(root, step))
      steps.push(snap())
    }
  } finally {
    ge.Element.pretendDetached(root)
  }
  if (errors.length) throw new Error(errors.join('\n'))
  return { steps, reportsHidden: false, reportsId: true }
}

export const glassEaselComponentEngine: ComponentEngine = { name: 'glass-easel', run }

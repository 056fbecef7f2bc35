// Component definitions by id and instances by (webview, instance id), driven by the host's
// messages: `instances` creates, moves and removes, `properties` flows a parent's values in, `event`
// runs a component method, page lifecycles reach `pageLifetimes`. Lifetimes of one `instances`
// batch run in the platform's tree order (lifetime-order.ts): every `created` (a template's
// instances before the instance whose template it is), then the initial property observers, then
// `detached` of what was removed and `moved` of what moved (children first), then every
// `attached` (parent first), then every `ready` (as created). Relations link right after each `attached`, are checked again after each
// `moved`, and unlink after each `detached` (relations.ts).

import type {
  ComponentDefinition,
  HostToLogic,
  InstanceCreated,
  InstanceHostChange,
} from '../../../bridge/protocol.ts'
import { where } from '../errors.ts'
import { missingHandlerWarning } from '../events.ts'
import { merge, type MergedDefinition } from './behaviors.ts'
import { normalizeOwn, type PageLifetime } from './definition.ts'
import {
  callUser,
  createInstance,
  runLifetime,
  runObservers,
  runPropertyObserver,
  type ComponentInstance,
  type InstanceHost,
  type InstanceRecord,
} from './instance.ts'
import { composedPostOrder, composedPreOrder, ownerPostOrder } from './lifetime-order.ts'
import { compileObservers } from './observers.ts'
import { coerce } from './properties.ts'
import { Relations } from './relations.ts'
import { matchesSelector, parseSelector } from './select.ts'
import { definitionForView } from './view-definition.ts'

type Msg<T extends HostToLogic['type']> = Extract<HostToLogic, { type: T }>

export interface RegistryHost extends Omit<InstanceHost, 'select' | 'owner' | 'relationNodes'> {
  /** Loads a component's module when no `Component()` registered it yet. */
  loadComponent(id: string): void
  /** The page instance of a webview (the owner of top-level components). */
  page(webviewId: number): unknown
}

export class ComponentRegistry {
  private readonly definitions = new Map<string, MergedDefinition>()
  private readonly records = new Map<number, Map<number, InstanceRecord>>()
  private readonly host: InstanceHost
  private readonly relations: Relations
  /** Webviews whose page is shown, and those whose first render's instances arrived. */
  private readonly shown = new Set<number>()
  private readonly rendered = new Set<number>()

  constructor(private readonly outer: RegistryHost) {
    this.host = {
      ...outer,
      select: (w, o, s, all) => this.select(w, o, s, all),
      owner: (w, o) => (o === 0 ? outer.page(w) : this.get(w, o)?.instance),
      relationNodes: (rec, key) => this.relations.nodes(rec, key),
    }
    this.relations = new Relations(
      this.host,
      (rec) => (rec.parentId ? this.get(rec.webviewId, rec.parentId) : undefined),
      (rec) => (rec.templateParentId ? this.get(rec.webviewId, rec.templateParentId) : undefined),
    )
  }

  /** `Component(options)` of the module `id` (its path without `.js`). */
  register(id: string, options: unknown): void {
    if (!options || typeof options !== 'object')
      throw new TypeError('Component() expects an object')
    this.definitions.set(id, merge(id, normalizeOwn('component', options), this.outer.warn))
  }

  definition(id: string): MergedDefinition | undefined {
    if (!this.definitions.has(id)) this.outer.loadComponent(id)
    return this.definitions.get(id)
  }

  /** What the views need to create instances of `id` (sent as `defineComponents`). */
  componentDefinitionForView(id: string): ComponentDefinition | null {
    const def = this.definition(id)
    return def ? definitionForView(def) : null
  }

  get(webviewId: number, instanceId: number): InstanceRecord | undefined {
    return this.records.get(webviewId)?.get(instanceId)
  }

  instance(webviewId: number, instanceId: number): ComponentInstance | undefined {
    return this.get(webviewId, instanceId)?.instance
  }

  /** Every live instance of a page, in creation order (the dev panels' AppData reads it). */
  list(webviewId: number): InstanceRecord[] {
    return [...(this.records.get(webviewId)?.values() ?? [])]
  }

  instances(msg: Msg<'instances'>): void {
    const made = new Map<InstanceRecord, InstanceCreated>()
    for (const c of msg.created) {
      const r = this.make(msg.webviewId, c)
      if (r) made.set(r[0], r[1])
    }
    const created = ownerPostOrder([...made.keys()])
    for (const rec of created) runLifetime(this.host, rec, 'created')
    for (const rec of created) this.initialObservers(rec, made.get(rec)!.properties)
    this.hostChanges(msg.webviewId, msg.hosts ?? [])
    // what left the tree goes before what entered it (glass-easel's replaceChild order)
    this.removeAll(msg.webviewId, msg.removed)
    this.moved(msg.webviewId, msg.moved ?? [])
    for (const rec of composedPreOrder([...made.keys()])) {
      rec.attached = true
      runLifetime(this.host, rec, 'attached')
      this.relations.attach(rec)
    }
    // the page showed before its first render reached logic: the components of that render
    // get the `show` the platform gives them between attached and ready
    if (!this.rendered.has(msg.webviewId)) {
      this.rendered.add(msg.webviewId)
      if (this.shown.has(msg.webviewId))
        for (const rec of composedPreOrder([...made.keys()])) this.runPageLifetime(rec, 'show', [])
    }
    for (const rec of created) runLifetime(this.host, rec, 'ready')
  }

  /** The view moved instances (a keyed wx:for row changed place): `moved`, then relations are
   *  checked again (`linkChanged`, or unlinked/linked when the other end changed). */
  private moved(webviewId: number, moved: Array<{ instanceId: number; parentId: number | null }>) {
    const recs: InstanceRecord[] = []
    for (const m of moved) {
      const rec = this.get(webviewId, m.instanceId)
      if (!rec) continue
      rec.parentId = m.parentId ?? rec.parentId
      recs.push(rec)
    }
    for (const rec of composedPostOrder(recs)) {
      runLifetime(this.host, rec, 'moved')
      this.relations.moved(rec)
    }
  }

  /** The id, class or dataset of instances' hosts changed in their owner's template. */
  private hostChanges(webviewId: number, hosts: InstanceHostChange[]): void {
    for (const h of hosts) {
      const rec = this.get(webviewId, h.instanceId)
      if (!rec) continue
      rec.classes = h.classes
      rec.instance.id = h.id
      rec.instance.dataset = { ...h.dataset }
    }
  }

  private removeAll(webviewId: number, ids: number[]): void {
    const recs = ids.map((id) => this.get(webviewId, id)).filter((r): r is InstanceRecord => !!r)
    for (const rec of composedPostOrder(recs)) this.remove(webviewId, rec.instanceId)
  }

  /** New property values from parents' templates, one update's worth: each instance gets all
   *  its values, then its `observers` run once (a `'a, b'` one sees both new values), then each
   *  property's `observer` (glass-easel's `applyDataUpdates`). */
  properties(msg: Msg<'properties'>): void {
    for (const change of msg.changes) {
      const rec = this.get(msg.webviewId, change.instanceId)
      if (!rec) continue
      const applied: Array<[name: string, value: unknown, old: unknown]> = []
      for (const [name, raw] of Object.entries(change.values)) {
        const prop = rec.def.properties[name]
        if (!prop) continue
        const value = coerce(prop, raw)
        applied.push([name, value, rec.instance.data[name]])
        rec.instance.data[name] = value
      }
      runObservers(
        this.host,
        rec,
        applied.map(([name]) => [name]),
      )
      for (const [name, value, old] of applied)
        runPropertyObserver(this.host, rec, name, value, old)
    }
  }

  /** An event for a component's handler; false when the instance is unknown. */
  event(msg: Msg<'event'>): boolean {
    const rec = this.get(msg.webviewId, msg.instanceId)
    if (!rec) return false
    const fn = rec.instance[msg.handler]
    if (typeof fn !== 'function') {
      this.outer.warn(missingHandlerWarning(rec.def.id, msg.handler, msg.event.type))
      return true
    }
    const at = where.handler(rec.def.id, msg.handler)
    callUser(this.host, rec, at, () =>
      (fn as (e: unknown) => unknown).call(rec.instance, msg.event),
    )
    return true
  }

  modelChange(msg: Msg<'modelChange'>): boolean {
    const rec = this.get(msg.webviewId, msg.instanceId)
    if (!rec) return false
    this.outer.setData.applyModel(rec.instance.data, msg.path, msg.value)
    return true
  }

  /** A page hook reached the page of `webviewId`: its components' pageLifetimes run. */
  pageLifecycle(webviewId: number, name: string, args: unknown[]): void {
    const map = { onShow: 'show', onHide: 'hide', onResize: 'resize' } as const
    const records = [...(this.records.get(webviewId)?.values() ?? [])]
    if (name === 'onUnload') {
      this.shown.delete(webviewId)
      this.rendered.delete(webviewId)
      this.removeAll(
        webviewId,
        records.map((r) => r.instanceId),
      )
      this.records.delete(webviewId)
      return
    }
    if (name === 'onShow') this.shown.add(webviewId)
    if (name === 'onHide') this.shown.delete(webviewId)
    const lifetime = map[name as keyof typeof map]
    if (!lifetime) return
    for (const rec of records) this.runPageLifetime(rec, lifetime, args)
  }

  private runPageLifetime(rec: InstanceRecord, lifetime: PageLifetime, args: unknown[]): void {
    for (const fn of rec.def.pageLifetimes[lifetime]) {
      const at = `at "${rec.def.id}" component pageLifetimes ${lifetime} function`
      callUser(this.host, rec, at, () => fn.apply(rec.instance, args))
    }
  }

  /**
   * `selectComponent(selector)` among the instances `ownerId`'s template created (its shadow
   * tree), in creation order; see select.ts for the selectors understood. With
   * `wx://component-export` (or an `export` field) the result is what `export()` returns.
   */
  select(webviewId: number, ownerId: number, selector: string, all: boolean): unknown {
    const parsed = parseSelector(String(selector))
    if (!parsed) {
      this.outer.warn(
        `selectComponent: only "#id" and ".class" selectors (and lists of them) are supported (got "${selector}")`,
      )
      return all ? [] : null
    }
    const found = [...(this.records.get(webviewId)?.values() ?? [])]
      .filter((r) => r.ownerId === ownerId && matchesSelector(parsed, r.instance.id, r.classes))
      .map((r) => this.exported(r))
    return all ? found : (found[0] ?? null)
  }

  private exported(rec: InstanceRecord): unknown {
    const fn = rec.def.export
    if (!fn) return rec.instance
    let out: unknown = rec.instance
    callUser(
      this.host,
      rec,
      `at "${rec.def.id}" export function`,
      () => (out = fn.call(rec.instance)),
    )
    return out
  }

  private make(webviewId: number, c: InstanceCreated): [InstanceRecord, InstanceCreated] | null {
    const def = this.definition(c.componentId)
    if (!def) {
      this.outer.warn(
        `Component "${c.componentId}" has no Component() definition in the logic bundle.`,
      )
      return null
    }
    const observers = compileObservers(
      def.observers.map(([spec, fn]) => [spec, [spec, fn]] as [string, [string, typeof fn]]),
      this.outer.warn,
    )
    const rec = createInstance(
      this.host,
      {
        def,
        observers,
        webviewId,
        instanceId: c.instanceId,
        ownerId: c.ownerId,
        parentId: c.parentId,
        templateParentId: c.templateParentId === undefined ? c.parentId : c.templateParentId,
        classes: c.classes ?? [],
      },
      // the template's values arrive after `created` (see initialObservers)
      { id: c.id, dataset: c.dataset, properties: {} },
    )
    let map = this.records.get(webviewId)
    if (!map) this.records.set(webviewId, (map = new Map()))
    map.set(c.instanceId, rec)
    return [rec, c]
  }

  /** Properties the template gave at creation, set after `created` (the docs: in `created`,
   *  `this.data` is the constructor's data; j-component and glass-easel agree), then `observers`
   *  for every given property and `observer` where it differs from the default (observers
   *  first, as both frameworks run them). */
  private initialObservers(rec: InstanceRecord, given: Record<string, unknown>): void {
    const names = Object.keys(given).filter((n) => n in rec.def.properties)
    for (const name of names)
      rec.instance.data[name] = coerce(rec.def.properties[name]!, given[name])
    runObservers(
      this.host,
      rec,
      names.map((n) => [n]),
    )
    for (const name of names) {
      const value = rec.instance.data[name]
      const fallback = rec.def.properties[name]!.value
      if (!sameValue(value, fallback)) runPropertyObserver(this.host, rec, name, value, fallback)
    }
  }

  private remove(webviewId: number, instanceId: number): void {
    const rec = this.get(webviewId, instanceId)
    if (!rec) return
    this.records.get(webviewId)!.delete(instanceId)
    rec.attached = false
    runLifetime(this.host, rec, 'detached')
    this.relations.detach(rec)
  }
}

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b ||
  (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b))

// One custom component instance in the logic thread: `this.data` (also `this.properties`, the
// same object, as on the platform), `this.id`, `this.dataset`, `this.is`, the definition's
// methods bound, and the instance API (setData, triggerEvent, selectComponent…). setData goes
// through the pages' SetDataChannel with the instance's id; observers run right after the data
// changed, synchronously, as the docs say.

import type { LogicToHost } from '../../../bridge/protocol.ts'
import { parseDataPath, setAtPath, type PathSegment } from '../../shared/data-path.ts'
import { deepCopy } from '../env.ts'
import type { ErrorGuard } from '../errors.ts'
import { jsonError } from '../serialisable.ts'
import type { SetDataChannel } from '../set-data.ts'
import type { MergedDefinition } from './behaviors.ts'
import type { Fn, Lifetime } from './definition.ts'
import { touchedObservers, type CompiledObserver } from './observers.ts'
import { coerce } from './properties.ts'

export interface ComponentInstance {
  [key: string]: unknown
  data: Record<string, unknown>
  properties: Record<string, unknown>
  id: string
  dataset: Record<string, unknown>
  is: string
  setData(patch: Record<string, unknown>, callback?: () => void): void
  triggerEvent(name: string, detail?: unknown, options?: TriggerOptions): void
}

export interface TriggerOptions {
  bubbles?: boolean
  composed?: boolean
  capturePhase?: boolean
}

/** What an instance needs from the registry around it. */
export interface InstanceHost {
  guard: ErrorGuard
  setData: SetDataChannel
  post(message: LogicToHost): void
  warn(message: string): void
  /** The `selectComponent` result for `selector` among what `ownerId`'s template created. */
  select(webviewId: number, ownerId: number, selector: string, all: boolean): unknown
  /** The instance (or page) whose template created this one. */
  owner(webviewId: number, ownerId: number): unknown
  /** `getRelationNodes(key)` of the instance. */
  relationNodes(rec: InstanceRecord, key: string): unknown[]
  decorate(instance: ComponentInstance): void
}

export const whereComponent = {
  lifetime: (is: string, name: string) => `at "${is}" component lifeCycleMethod ${name} function`,
  observer: (is: string, spec: string) => `at "${is}" component observer "${spec}" function`,
}

/** Internal state of an instance, kept beside it. */
export interface InstanceRecord {
  instance: ComponentInstance
  def: MergedDefinition
  observers: Array<CompiledObserver<[string, Fn]>>
  webviewId: number
  instanceId: number
  ownerId: number
  parentId: number | null
  /** The component the host sits directly in, in its owner's template (`parent` relations). */
  templateParentId: number | null
  /** The host's class names as the owner wrote them (for `.class` selectors). */
  classes: string[]
  attached: boolean
}

export function createInstance(
  host: InstanceHost,
  rec: Omit<InstanceRecord, 'instance' | 'attached'>,
  init: { id: string; dataset: Record<string, unknown>; properties: Record<string, unknown> },
): InstanceRecord {
  const { def } = rec
  const inst = {} as ComponentInstance
  const data = deepCopy(def.data)
  for (const [name, prop] of Object.entries(def.properties))
    data[name] =
      name in init.properties ? coerce(prop, init.properties[name]) : deepCopy(prop.value)
  for (const [name, fn] of Object.entries(def.methods)) inst[name] = fn.bind(inst)
  inst.data = data
  inst.properties = data
  inst.id = init.id
  inst.dataset = { ...init.dataset }
  inst.is = def.id
  hidden(inst, '__wxWebviewId__', rec.webviewId)
  hidden(inst, '__instanceId__', rec.instanceId)
  hidden(inst, '__wxExparserNodeId__', `${rec.webviewId}-${rec.instanceId}`)
  hidden(inst, 'route', def.id) // for the setData channel's error words
  hidden(inst, 'renderer', 'webview') // `this.renderer`: mpsim renders with a webview
  const record: InstanceRecord = { ...rec, instance: inst, attached: false }
  installApi(host, record)
  host.decorate(inst)
  return record
}

function hidden(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: false, writable: true, configurable: true })
}

function installApi(host: InstanceHost, rec: InstanceRecord): void {
  const inst = rec.instance
  const { webviewId, instanceId, ownerId } = rec
  inst.setData = (patch, callback) => setData(host, rec, patch, callback)
  inst.triggerEvent = (name, detail, options = {}) => {
    const error = jsonError(detail)
    if (error)
      host.warn(`triggerEvent "${name}": the detail cannot be sent (${error}); null is sent`)
    const opts: TriggerOptions = {}
    for (const k of ['bubbles', 'composed', 'capturePhase'] as const)
      if (options[k] !== undefined) opts[k] = !!options[k]
    host.post({
      type: 'triggerEvent',
      webviewId,
      instanceId,
      name,
      detail: error ? null : wireCopy(detail),
      options: opts,
    })
  }
  inst.selectComponent = (selector: string) => host.select(webviewId, instanceId, selector, false)
  inst.selectAllComponents = (selector: string) =>
    host.select(webviewId, instanceId, selector, true)
  inst.selectOwnerComponent = () => host.owner(webviewId, ownerId)
  inst.hasBehavior = (b: unknown) => [...rec.def.behaviors].some((x) => x === b)
  inst.getRelationNodes = (key: string) => host.relationNodes(rec, key)
  inst.getPageId = () => `pageId:${webviewId}`
  // The platform runs the callback at once and draws its setData calls together; here each
  // setData is already applied by the view in the order sent, so running it is enough.
  inst.groupSetData = (callback: unknown) => {
    if (typeof callback !== 'function') return
    callUser(host, rec, `at "${rec.def.id}" groupSetData callback`, () => callback.call(inst))
  }
}

/** JSON's copy, as the bridge gives the view (functions and undefined vanish). */
function wireCopy(value: unknown): unknown {
  if (value === undefined || value === null || typeof value !== 'object') return value
  return JSON.parse(JSON.stringify(value)) as unknown
}

function setData(
  host: InstanceHost,
  rec: InstanceRecord,
  patch: unknown,
  callback?: unknown,
): void {
  const inst = rec.instance
  if (!patch || typeof patch !== 'object' || Array.isArray(patch))
    return host.setData.send(asTarget(inst), rec.instanceId, patch, callback)
  const pure = rec.def.options.pureDataPattern
  const sent: Record<string, unknown> = {}
  const changed: PathSegment[][] = []
  const old: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(patch)) {
    const path = safeParse(key)
    if (path && typeof path[0] === 'string' && path.length === 1 && path[0] in rec.def.properties)
      old[path[0]] = inst.data[path[0]]
    if (path && value !== undefined && typeof value !== 'function') changed.push(path)
    // pure data fields change `this.data` but never cross to the view
    if (pure && path && pure.test(String(path[0]))) {
      if (value !== undefined) setAtPath(inst.data, path, value)
    } else sent[key] = value
  }
  if (Object.keys(sent).length || !pure)
    host.setData.send(asTarget(inst), rec.instanceId, sent, callback)
  else if (typeof callback === 'function')
    Promise.resolve().then(() =>
      host.guard.run(`at "${inst.is}" setData callback function`, () => callback.call(inst)),
    )
  // `observers` before properties' `observer`, as exparser and glass-easel run them
  runObservers(host, rec, changed)
  // A property's `observer` runs when its value changed (exparser and glass-easel compare with
  // !==): weui's slideview sets its `buttons` again from inside their observer.
  for (const name of Object.keys(old))
    if (inst.data[name] !== old[name])
      runPropertyObserver(host, rec, name, inst.data[name], old[name])
}

function safeParse(key: string): PathSegment[] | null {
  try {
    return parseDataPath(key)
  } catch {
    return null
  }
}

export function runObservers(
  host: InstanceHost,
  rec: InstanceRecord,
  changed: PathSegment[][],
): void {
  if (!changed.length) return
  for (const { fn, args } of touchedObservers(rec.observers, changed, rec.instance.data)) {
    const [spec, f] = fn
    callUser(host, rec, whereComponent.observer(rec.def.id, spec), () =>
      f.apply(rec.instance, args),
    )
  }
}

export function runPropertyObserver(
  host: InstanceHost,
  rec: InstanceRecord,
  name: string,
  value: unknown,
  oldValue: unknown,
): void {
  const observer = rec.def.properties[name]?.observer
  const fn = typeof observer === 'string' ? rec.instance[observer] : observer
  if (typeof fn !== 'function') return
  const at = whereComponent.observer(rec.def.id, name)
  callUser(host, rec, at, () => (fn as Fn).call(rec.instance, value, oldValue, [name]))
}

export function runLifetime(
  host: InstanceHost,
  rec: InstanceRecord,
  name: Lifetime,
  args: unknown[] = [],
): void {
  for (const fn of rec.def.lifetimes[name])
    callUser(host, rec, whereComponent.lifetime(rec.def.id, name), () =>
      fn.apply(rec.instance, args),
    )
}

/** A user function: errors are reported, then the component's `error` lifetimes get them. */
export function callUser(
  host: InstanceHost,
  rec: InstanceRecord,
  at: string,
  fn: () => unknown,
): void {
  try {
    fn()
  } catch (e) {
    host.guard.report(e, at)
    if (!at.includes('lifeCycleMethod error')) runLifetime(host, rec, 'error', [e])
  }
}

/** The instance as the setData channel sees it (`route` and `__wxWebviewId__` are hidden fields). */
const asTarget = (inst: ComponentInstance) =>
  inst as unknown as Parameters<SetDataChannel['send']>[0]

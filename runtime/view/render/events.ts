// User events in the view: DOM input becomes mini-program events (tap, touch*, longpress, and
// the events built-ins emit), which run through capture and bubble phases over the elements the
// template created, honouring bind / catch / capture-bind / capture-catch / mut-bind, and reach
// handlers as calls for the logic thread.

import { EventFlag } from '../template/ir.ts'
import type { ComponentInstance } from './component.ts'
import { getInfo, type ElementInfo } from './element-info.ts'
import { ancestry } from './tree.ts'
import type { View } from './view.ts'

export interface EventTargetInfo {
  id: string
  dataset: Record<string, unknown>
}

export interface MiniProgramEvent {
  type: string
  timeStamp: number
  target: EventTargetInfo
  currentTarget: EventTargetInfo
  detail: Record<string, unknown>
  touches: TouchInfo[]
  changedTouches: TouchInfo[]
  mark: Record<string, unknown>
}

export interface TouchInfo {
  identifier: number
  pageX: number
  pageY: number
  clientX: number
  clientY: number
}

export interface HandlerCall {
  instance: ComponentInstance
  handler: string
  event: MiniProgramEvent
}

/** The events the platform documents as bubbling; all others reach only their target. */
const BUBBLING = new Set([
  'touchstart',
  'touchmove',
  'touchcancel',
  'touchend',
  'tap',
  'longpress',
  'longtap',
  'transitionend',
  'animationstart',
  'animationiteration',
  'animationend',
  'touchforcechange',
])

const LONGPRESS_MS = 350

export class EventSystem {
  private installed = new WeakSet<Node>()
  private pressTimer: ReturnType<typeof setTimeout> | null = null
  private suppressTap = false

  constructor(private readonly view: View) {}

  install(root: Element): void {
    if (this.installed.has(root)) return
    this.installed.add(root)
    root.addEventListener('click', (e) => this.onClick(e as MouseEvent))
    for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
      root.addEventListener(type, (e) => this.onTouch(e as TouchEvent))
    }
    root.addEventListener('mousedown', (e) => this.startPress(e.target as Element, e as MouseEvent))
    root.addEventListener('mouseup', () => this.cancelPress())
  }

  /** `this.triggerEvent(name, detail, options)` of a component: fired from its host element,
   *  where the user's `bind:name` listens. */
  trigger(
    host: Element,
    name: string,
    detail: unknown,
    options: { bubbles?: boolean; composed?: boolean; capturePhase?: boolean },
  ): void {
    const d = (detail ?? {}) as Record<string, unknown>
    this.dispatch(host, name, d, options.bubbles ?? false, [], [], {
      composed: options.composed ?? false,
      capture: options.capturePhase ?? false,
    })
  }

  /** From a built-in component. */
  emit(el: Element, type: string, detail: Record<string, unknown>, bubbles: boolean): void {
    this.applyModels(el, detail)
    this.dispatch(el, type, detail, bubbles || BUBBLING.has(type), [], [])
  }

  private onClick(e: MouseEvent): void {
    if (this.suppressTap) {
      this.suppressTap = false
      return
    }
    const touch = touchOf(0, e)
    this.dispatch(
      e.target as Element,
      'tap',
      { x: e.pageX ?? 0, y: e.pageY ?? 0 },
      true,
      [],
      [touch],
    )
  }

  private onTouch(e: TouchEvent): void {
    const list = (l: TouchList | undefined) => Array.from(l ?? [], (t, i) => touchOf(i, t))
    if (e.type === 'touchstart') this.startPress(e.target as Element, null)
    else this.cancelPress()
    this.dispatch(e.target as Element, e.type, {}, true, list(e.touches), list(e.changedTouches))
  }

  private startPress(target: Element, e: MouseEvent | null): void {
    this.cancelPress()
    // A longpress ended by a touch gives no click to swallow: the next press starts clean.
    this.suppressTap = false
    const touch = e ? [touchOf(0, e)] : []
    this.pressTimer = setTimeout(() => {
      this.pressTimer = null
      const handled = this.dispatch(target, 'longpress', {}, true, touch, touch)
      this.dispatch(target, 'longtap', {}, true, touch, touch)
      // A handled longpress replaces the tap that the release would give.
      if (handled) this.suppressTap = true
    }, LONGPRESS_MS)
  }

  private cancelPress(): void {
    if (this.pressTimer) clearTimeout(this.pressTimer)
    this.pressTimer = null
  }

  /**
   * Runs capture then bubble phases; returns whether any handler ran. A `composed` event crosses
   * component boundaries, and each handler sees as `target` the element of its own tree the
   * event came from (a component's host for events from inside it); a non-composed one stays in
   * the tree of the element that fired it. Capture handlers run only for events that have a
   * capture phase (user input; `triggerEvent` with `capturePhase`).
   */
  dispatch(
    from: Element,
    type: string,
    detail: Record<string, unknown>,
    bubbles: boolean,
    touches: TouchInfo[],
    changedTouches: TouchInfo[],
    options: { composed?: boolean; capture?: boolean } = {},
  ): boolean {
    const composed = options.composed ?? true
    const all = this.path(from)
    const origin = all[0]
    if (!origin) return false
    const path = composed ? all : all.filter((info) => info.owner === origin.owner)
    const targets = new Map<unknown, ElementInfo>()
    for (const info of path) if (!targets.has(info.owner)) targets.set(info.owner, info)
    const base = { type, timeStamp: Math.round(now()), detail, touches, changedTouches }
    const mark = collectMarks(path)
    const fire = (info: ElementInfo, flags: (f: number) => boolean): 'stop' | 'ran' | null => {
      let result: 'stop' | 'ran' | null = null
      for (const spec of info.events ?? []) {
        if (spec.n !== type || !flags(spec.f)) continue
        if (spec.f & EventFlag.Mut && mutDone) continue
        const handler =
          typeof spec.h === 'string'
            ? spec.h
            : String(info.owner.evaluate(spec.h, info.scope) ?? '')
        if (handler) {
          const event: MiniProgramEvent = {
            ...base,
            target: targetInfo(targets.get(info.owner) ?? origin),
            currentTarget: targetInfo(info),
            mark,
          }
          this.view.options.onEvent?.({ instance: info.owner, handler, event })
          result = 'ran'
        }
        if (spec.f & EventFlag.Mut) mutDone = true
        if (spec.f & EventFlag.Catch) return 'stop'
      }
      return result
    }
    let mutDone = false
    let ran = false
    const phases = bubbles ? path : [origin]
    for (let i = options.capture === false ? -1 : phases.length - 1; i >= 0; i--) {
      const r = fire(phases[i]!, (f) => (f & EventFlag.Capture) !== 0)
      if (r) ran = true
      if (r === 'stop') return true
    }
    for (const info of phases) {
      const r = fire(info, (f) => (f & EventFlag.Capture) === 0)
      if (r) ran = true
      if (r === 'stop') return true
    }
    return ran
  }

  /** Template elements from `from` up to the page root (virtual hosts included). */
  private path(from: Element | null): ElementInfo[] {
    const out: ElementInfo[] = []
    if (!from) return out
    for (const node of ancestry(this.view, from)) {
      const info = getInfo(node)
      if (info) out.push(info)
    }
    return out
  }

  /** `model:value="{{a.b}}"`: the new value goes back into the owner's data. */
  private applyModels(el: Element, detail: Record<string, unknown>): void {
    const info = getInfo(el)
    if (!info?.models) return
    for (const [prop, path] of info.models) {
      if (!path || !(prop in detail)) continue
      info.owner.setData({ [path]: detail[prop] })
      this.view.options.onModel?.(info.owner, path, detail[prop])
    }
  }
}

function targetInfo(info: ElementInfo): EventTargetInfo {
  return { id: info.id, dataset: { ...info.dataset } }
}

function collectMarks(path: ElementInfo[]): Record<string, unknown> {
  const mark: Record<string, unknown> = {}
  for (let i = path.length - 1; i >= 0; i--) Object.assign(mark, path[i]!.marks)
  return mark
}

function touchOf(
  identifier: number,
  t: { pageX?: number; pageY?: number; clientX?: number; clientY?: number },
): TouchInfo {
  return {
    identifier,
    pageX: t.pageX ?? 0,
    pageY: t.pageY ?? 0,
    clientX: t.clientX ?? 0,
    clientY: t.clientY ?? 0,
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now()
}

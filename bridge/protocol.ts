// The wire protocol between the three parties (see ../shared/ARCHITECTURE.md): logic (app
// service), host (the simulated native client) and each view (one per page). Every message
// between logic and a view passes through the host, which records it and may delay it.
//
// Messages are plain structured-clone-able objects told apart by `type`. Each direction has its
// own union, so a party can only send what the other side handles. Names are fields, never
// positions.

import type { TraceBatch, TraceCommand } from './trace-events.ts'

// ---------------------------------------------------------------------------------------------
// Shared shapes

/**
 * A setData patch on the wire: its JSON string, or the object itself when structured clone is
 * cheaper (see bridge/wire.ts). `decodePatch` gives the object either way.
 */
export type WirePatch = Record<string, unknown> | string

/** An error as it crosses the wire (and is rethrown or reported on the other side). */
export interface WireError {
  name: string
  message: string
  stack?: string
}

/** A place in the app's own source files (1-based line and column). */
export interface SourceLocation {
  file: string
  line: number
  column: number
}

/** A `wx.*` result: `errMsg` is `"<api>:ok"` or `"<api>:fail <reason>"`, as on the platform. */
export interface ApiResult {
  errMsg: string
  [key: string]: unknown
}

/** The mini-program event object, as the view builds it and page/component handlers see it. */
export interface WireEvent {
  type: string
  timeStamp: number
  target: { id: string; dataset: Record<string, unknown> }
  currentTarget: { id: string; dataset: Record<string, unknown> }
  detail: Record<string, unknown>
  touches: unknown[]
  changedTouches: unknown[]
  mark: Record<string, unknown>
}

/** `console.*` and runtime logs from any party. */
export interface LogEntry {
  level: 'debug' | 'log' | 'info' | 'warn' | 'error'
  args: unknown[]
  /** Where it came from: `logic`, `view:<webviewId>`, `host`. */
  source: string
  time: number
}

/** Lifecycle hooks the host tells logic to run on a page (the host owns the page stack). */
export type PageLifecycle =
  | 'onLoad'
  | 'onShow'
  | 'onReady'
  | 'onHide'
  | 'onUnload'
  | 'onPullDownRefresh'
  | 'onReachBottom'
  | 'onPageScroll'
  | 'onTabItemTap'
  | 'onResize'
  | 'onShareAppMessage'

/** Page hooks that make the view watch its scrolling. */
export type ScrollHook = 'onPageScroll' | 'onReachBottom'

/** How a page's view handles scrolling and pull-down (from `listens` and the window config). */
export interface PageScrollOptions {
  /** Send `scroll` messages (the page defines `onPageScroll`). */
  reportScroll: boolean
  /** Send `reachBottom` within this many px of the bottom; null: the page has no onReachBottom. */
  reachBottomDistance: number | null
  /** `enablePullDownRefresh`: the pull gesture and its indicator, styled by the window config. */
  pullDownRefresh: { backgroundColor: string; backgroundTextStyle: 'dark' | 'light' } | null
}

export type AppLifecycle =
  'onLaunch' | 'onShow' | 'onHide' | 'onPageNotFound' | 'onUnhandledRejection'

/** The component definition data the view needs to create instances (logic sends it). */
export interface ComponentDefinition {
  /** Component id (project path without extension). */
  id: string
  /** Initial data (JSON-able part of `data`) merged with property defaults. */
  data: Record<string, unknown>
  /** Property names → their type name and default, to coerce values from templates. */
  properties: Record<string, { type: string | null; optionalTypes?: string[]; value: unknown }>
  externalClasses: string[]
  /** Built-in behaviors it has that the view acts on (`wx://form-field`: a <form> field). */
  builtinBehaviors?: string[]
  options: {
    multipleSlots?: boolean
    styleIsolation?: 'isolated' | 'apply-shared' | 'shared'
    addGlobalClass?: boolean
    virtualHost?: boolean
    pureDataPattern?: string
  }
}

// ---------------------------------------------------------------------------------------------
// Host → logic

export type HostToLogic =
  | {
      type: 'launch'
      appConfig: unknown
      path: string
      query: Record<string, string>
      scene: number
      /** The logic bundle to run (else the one given to `startLogic`). */
      bundle?: { code: string; map?: unknown; npmMains?: Record<string, string>; url?: string }
      /** The app's stored data, mirrored in logic for `getStorageSync`. */
      storage?: Record<string, unknown>
      /** What `getSystemInfoSync` (and getWindowInfo…) answer in logic. */
      systemInfo?: Record<string, unknown>
      /** Launched into an independent subpackage: the main bundle is not run and App's
       *  onLaunch/onShow wait for `loadMainPackage` (the first route out of it). */
      withoutMain?: boolean
    }
  | { type: 'appLifecycle'; name: AppLifecycle; args: unknown[] }
  /** Create a page instance for a new view (before its first render). */
  | {
      type: 'pageCreate'
      webviewId: number
      route: string
      query: Record<string, string>
      /** Custom components the page's view can create (from its view bundle): logic loads their
       *  modules and answers with `defineComponents` before `pageData`. */
      components?: string[]
    }
  | { type: 'pageLifecycle'; webviewId: number; name: PageLifecycle; args: unknown[] }
  /**
   * The page stack changed (PageStack's `stack` effect): `getCurrentPages()` is exactly these
   * pages, bottom first. Pages left out stay alive (tab pages kept by switchTab) until onUnload.
   */
  | { type: 'pageStack'; webviewIds: number[] }
  /** A user event from a view reached a handler of `instanceId` (a page or a component).
   *  `traceId`: while recording, the view's id for the event, put on the setData it causes. */
  | {
      type: 'event'
      webviewId: number
      instanceId: number
      handler: string
      event: WireEvent
      traceId?: number
    }
  /** `model:` bindings wrote a value in the view. */
  | { type: 'modelChange'; webviewId: number; instanceId: number; path: string; value: unknown }
  /** The view created or removed component instances (issue: custom components). */
  | ({ type: 'instances'; webviewId: number } & InstanceChanges)
  /** Properties of component instances changed through their parents' templates (one message
   *  per update of the view, all instances and properties together). */
  | { type: 'properties'; webviewId: number; changes: PropertyChanges[] }
  /** The view applied a setData patch (the callback may run). */
  | { type: 'setDataDone'; webviewId: number; callId: number }
  | {
      type: 'invokeResult'
      callId: number
      result: ApiResult
      /** for `.then` of APIs returning objects */ keep?: boolean
    }
  /** An event of a long-lived API object (SocketTask.onMessage, RequestTask.onProgressUpdate…). */
  | { type: 'apiEvent'; objectId: number; name: string; payload: unknown }
  /** Evaluate code in the logic thread (automation). */
  | { type: 'evaluate'; callId: number; code: string; args: unknown[] }
  /**
   * A subpackage's logic bundle (`subpackages/<root>/logic.js`), sent once before the first
   * `pageCreate` of a route in it: logic runs it with the same globals as the main bundle, so
   * its modules join the same registry and its pages register.
   */
  | {
      type: 'loadSubpackage'
      root: string
      bundle: { code: string; map?: unknown; url: string }
    }
  /** The main package, after a launch `withoutMain` (an independent subpackage): logic runs the
   *  bundle (App() registers, merging getApp({ allowDefault }) fields), then App.onLaunch and
   *  the first App.onShow with the launch options. */
  | { type: 'loadMainPackage'; bundle: { code: string; map?: unknown; url: string } }
  /** Hot reload of a page's template: logic answers with the page's current data (`pageData`
   *  with `reload: true`), which the view renders again from its new view bundle. */
  | { type: 'pageReload'; webviewId: number }
  /** Measurement: start/stop the thread's instruments or flush them (docs/measurement.md). */
  | TraceCommand

/** The properties of one instance its parent's template changed in one update, new values
 *  coerced to their declared types, in the order the template set them. */
export interface PropertyChanges {
  instanceId: number
  values: Record<string, unknown>
}

/** What the view did to component instances while handling one message. */
export interface InstanceChanges {
  created: InstanceCreated[]
  removed: number[]
  /** Instances whose host moved (a keyed wx:for row changed place), with their composed parent. */
  moved?: Array<{ instanceId: number; parentId: number | null }>
  /** Instances whose host's id, class or dataset changed after creation. */
  hosts?: InstanceHostChange[]
}

export interface InstanceHostChange {
  instanceId: number
  id: string
  classes: string[]
  dataset: Record<string, unknown>
}

export interface InstanceCreated {
  instanceId: number
  componentId: string
  /** The page or component whose template created it. */
  ownerId: number
  /** Nearest component ancestor in the composed tree (for relations): for an instance placed in
   *  another component's slot, that component; 0 for the page; null when unknown. */
  parentId: number | null
  /** The component whose host is right above this host in the template that wrote it (block,
   *  wx:if and wx:for aside), for `parent`/`child` relations; null when that is a plain element
   *  or the page. Absent: `parentId`. */
  templateParentId?: number | null
  /** `id` attribute and dataset on the host element. */
  id: string
  dataset: Record<string, unknown>
  /** The host's `class` names as its owner's template wrote them (for `selectComponent('.a')`),
   *  as of the report (later changes come as `hosts`). Absent means none. */
  classes?: string[]
  /** Properties the template set. */
  properties: Record<string, unknown>
}

// ---------------------------------------------------------------------------------------------
// Logic → host

export type LogicToHost =
  | { type: 'ready' }
  /** `wx.<api>(args)`; answered by `invokeResult` with the same callId. */
  | { type: 'invoke'; callId: number; api: string; args: unknown }
  /** A page's data at creation (after it was created by `pageCreate`). `listens`: the scroll
   *  hooks the page defines; the view reports only those (as the platform does, to spare the
   *  bridge: an `onPageScroll` that is not defined costs no message). */
  | {
      type: 'pageData'
      webviewId: number
      instanceId: number
      data: Record<string, unknown>
      listens?: ScrollHook[]
      /** An answer to `pageReload` (hot reload): render again, not a first mount. */
      reload?: boolean
    }
  /**
   * `setData`: only the patch crosses, in the form `encodePatch` (bridge/wire.ts) chose; read it
   * with `decodePatch`. `size` is the length of its JSON (what the 1024 KB limit counts).
   */
  | {
      type: 'setData'
      webviewId: number
      instanceId: number
      patch: WirePatch
      callId: number
      size: number
      /** While recording: the `traceId` of the event whose handler called setData. */
      traceId?: number
    }
  /** Component definitions a view needs (sent before the pages that use them mount). */
  | { type: 'defineComponents'; definitions: ComponentDefinition[] }
  /** `triggerEvent` from a component instance: the view propagates it as the platform does. */
  | {
      type: 'triggerEvent'
      webviewId: number
      instanceId: number
      name: string
      detail: unknown
      options: { bubbles?: boolean; composed?: boolean; capturePhase?: boolean }
    }
  | { type: 'log'; entry: LogEntry }
  /**
   * An uncaught error in app code (after App.onError ran). `location`: the top stack frame in
   * the app's code, mapped through the bundle's source map (without a map: the bundle's own
   * position); absent when the error has no stack frame in app code.
   */
  | { type: 'error'; error: WireError; where: string; location?: SourceLocation }
  | { type: 'evaluateResult'; callId: number; ok: boolean; value?: unknown; error?: WireError }
  /** Measurement: what the thread's instruments recorded (docs/measurement.md). */
  | TraceBatch

// ---------------------------------------------------------------------------------------------
// Host → view

export type HostToView =
  /** Render the page with its initial data (the view bundle is already loaded). */
  | {
      type: 'mount'
      webviewId: number
      route: string
      instanceId: number
      data: Record<string, unknown>
      windowWidth: number
      scroll?: PageScrollOptions
    }
  | {
      type: 'setData'
      instanceId: number
      patch: Record<string, unknown>
      callId: number
      /** While recording: the event that caused it (event → DOM update latency). */
      traceId?: number
    }
  | { type: 'defineComponents'; definitions: ComponentDefinition[] }
  | {
      type: 'triggerEvent'
      instanceId: number
      name: string
      detail: unknown
      options: { bubbles?: boolean; composed?: boolean; capturePhase?: boolean }
    }
  /** `createSelectorQuery` answered by the view. */
  | { type: 'selectorQuery'; queryId: number; requests: SelectorRequest[] }
  /** A CanvasContext's `draw()`: paint the `<canvas canvas-id>` in the page or a component. */
  | {
      type: 'canvasDraw'
      queryId: number
      instanceId: number | null
      canvasId: string
      reserve: boolean
      actions: CanvasAction[]
    }
  | { type: 'pageScrollTo'; scrollTop?: number; selector?: string; duration: number }
  /** Show (`wx.startPullDownRefresh`, a pull) or end (`wx.stopPullDownRefresh`) the refresh. */
  | { type: 'pullDownRefresh'; refreshing: boolean }
  | { type: 'setWindowWidth'; windowWidth: number }
  /**
   * Hot reload: the page's rebuilt view bundle. Without `data` only its style sheets are
   * replaced (DOM, data and scroll untouched); with `data` (the page's current data from logic)
   * the page renders again from the new templates: its component instances are removed and
   * created anew (reported as `instances`). Answered by `hotUpdated`.
   */
  | { type: 'hotUpdate'; source: string; file: string; data?: Record<string, unknown> }
  | TraceCommand

/** One recorded CanvasContext call: `{ method: 'arc', data: [50, 50, 40, 0, 6.28] }`. */
export interface CanvasAction {
  method: string
  data: unknown[]
}

export interface SelectorRequest {
  /** Component instance whose shadow tree is searched (`.in(this)`), or the page. */
  instanceId: number | null
  selector: string
  all: boolean
  /** What to read: rect, size, scrollOffset, dataset, id, properties, computedStyle, context, node. */
  fields: Record<string, unknown>
}

// ---------------------------------------------------------------------------------------------
// View → host

export type ViewToHost =
  | { type: 'viewReady' }
  | { type: 'firstRender'; instanceId: number }
  /** A `hotUpdate` was applied: `rendered` when the page rendered again, else restyled. */
  | { type: 'hotUpdated'; rendered: boolean }
  /** `traceId`: set while recording, so the setData the handler causes can be matched. */
  | { type: 'event'; instanceId: number; handler: string; event: WireEvent; traceId?: number }
  | { type: 'modelChange'; instanceId: number; path: string; value: unknown }
  | ({ type: 'instances' } & InstanceChanges)
  | { type: 'properties'; changes: PropertyChanges[] }
  | { type: 'setDataDone'; callId: number }
  | { type: 'selectorQueryResult'; queryId: number; results: unknown[] }
  /** The answer to `canvasDraw`: false when no such canvas was found. */
  | { type: 'canvasDrawn'; queryId: number; drawn: boolean }
  | { type: 'navigate'; openType: string; url: string; delta?: number }
  /** The page scrolled (sent only when its page defines `onPageScroll`; at most once a frame). */
  | { type: 'scroll'; scrollTop: number; scrollHeight: number; viewHeight: number }
  /** The page scrolled into its `onReachBottomDistance` (once until it leaves that zone). */
  | { type: 'reachBottom' }
  /** The user pulled the page down past the refresh threshold (`enablePullDownRefresh`). */
  | { type: 'pullDownRefresh' }
  | { type: 'log'; entry: LogEntry }
  | { type: 'error'; error: WireError; where: string }
  | TraceBatch

export type AnyMessage = HostToLogic | LogicToHost | HostToView | ViewToHost

/** Direction labels used in the bridge record. */
export type Direction = 'host→logic' | 'logic→host' | 'host→view' | 'view→host'

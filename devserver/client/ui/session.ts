// What the simulator's UI needs from a running app: the native UI state to draw (navigation
// bar, toast, loading, modal, action sheet), the page stack and tab bar, the device, and for
// the dev panels the logs, storage, page data and the bridge record — plus the few ways the
// user acts on it (answer a dialog, go back, switch tab, edit data or storage). It is an
// interface so the UI runs over any home: `hostSession` implements it over runtime/host's Host.

import type { LogEntry } from '../../../bridge/protocol.ts'
import type { RecordEntry } from '../../../bridge/record.ts'
import type { DevicePreset } from '../../../runtime/host/apis/device.ts'
import type {
  ActionSheetState,
  LoadingState,
  ModalAnswer,
  ModalState,
  NavigationBarState,
  ToastState,
} from '../../../runtime/host/apis/ui/model.ts'
import type { HostError } from '../../../runtime/host/logs.ts'
import type { PageStackSnapshot } from '../../../runtime/host/pages/types.ts'

export type {
  ActionSheetState,
  DevicePreset,
  LoadingState,
  LogEntry,
  ModalAnswer,
  ModalState,
  NavigationBarState,
  PageStackSnapshot,
  RecordEntry,
  ToastState,
}

/** What the native UI shows now. */
export interface NativeUiState {
  navigationBar: NavigationBarState
  toast: ToastState | null
  loading: LoadingState | null
  /** The dialog on screen (later ones wait behind it). */
  modal: ModalState | null
  actionSheet: ActionSheetState | null
}

/** An error of the app or the runtime, at its original file:line when known: what the host
 *  keeps (runtime/host/logs.ts). */
export type SessionError = HostError

export interface StorageItem {
  key: string
  value: unknown
  /** Bytes the key takes, as the platform counts them (key plus encoded data). */
  bytes: number
}

/** A page or component instance whose data the AppData panel shows. */
export interface DataTarget {
  webviewId: number
  /** Absent for the page itself. */
  instanceId?: number
}

export interface ComponentData {
  instanceId: number
  /** The instance that created it (0: the page). */
  ownerId: number
  /** The component's path (`components/todo-item/todo-item`). */
  is: string
  /** Its `id` attribute, if any. */
  id: string
  data: Record<string, unknown>
}

export interface PageData {
  webviewId: number
  route: string
  data: Record<string, unknown>
  components: ComponentData[]
}

/** The bridge record as the panel reads and drives it. */
export interface BridgeFeed {
  entries(): readonly RecordEntry[]
  readonly paused: boolean
  /** Stops recording (messages pass unrecorded) or starts again. */
  pause(): void
  resume(): void
  clear(): void
}

/** Where trace events come from: the host itself, logic, or the view of a webview. */
export type PerformanceSource = 'host' | 'logic' | number

/** A trace event as a thread recorded it (bridge/trace-events.ts), `ts` in absolute µs. */
export interface TraceEventIn {
  name: string
  cat?: string
  ph: string
  ts: number
  dur?: number
  id?: string | number
  args?: Record<string, unknown>
}

/** The threads' instruments (runtime/instruments' HostTrace), for the performance panel. */
export interface PerformanceFeed {
  readonly recording: boolean
  /** Starts recording on every thread. */
  start(): void
  stop(): void
  /** Forgets what was recorded. */
  clear(): void
  /** Each batch of events as it arrives while recording; returns the remover. */
  onEvents(
    listener: (source: PerformanceSource, events: readonly TraceEventIn[]) => void,
  ): () => void
  /** The recording as a Chrome trace file (JSON object format). */
  collect(): Promise<unknown>
}

/**
 * What changed since the last notice: `ui` (native UI state), `stack` (pages, window, tab bar),
 * `logs` (logs and errors), `storage`, `data` (page or component data), `bridge` (record).
 */
export type SessionTopic = 'ui' | 'stack' | 'logs' | 'storage' | 'data' | 'bridge'

export interface SimulatorSession {
  device(): DevicePreset
  /** The user chose another device; a home that can applies it to the app (optional). */
  setDevice?(device: DevicePreset): void

  ui(): NativeUiState
  stack(): PageStackSnapshot
  answerModal(answer: ModalAnswer): boolean
  /** The tapped item, or null for cancel. */
  answerActionSheet(index: number | null): boolean
  /** The navigation bar's back button. */
  navigateBack(): Promise<unknown>
  /** The app's home page (app.json entryPagePath, else its first page). */
  homePage(): string
  /** The navigation bar's home button: reLaunch to the home page. */
  goHome(): Promise<unknown>
  /** A tap on tab `index` (switchTab, then the page's onTabItemTap). */
  tapTabItem(index: number): Promise<unknown>
  /** A URL for a file of the project (tab bar icons), or null when the home cannot serve it. */
  assetUrl(path: string): string | null

  logs(): readonly LogEntry[]
  errors(): readonly SessionError[]

  storage(): StorageItem[]
  /** Writes through the app's own `wx.*StorageSync`, so logic's copy stays the same. */
  setStorage(key: string, value: unknown): Promise<void>
  removeStorage(key: string): Promise<void>
  clearStorage(): Promise<void>

  /** The live data of every page alive (stack and kept tab pages) and its components. */
  appData(): Promise<PageData[]>
  /** `setData(patch)` in logic on a page or component; keys may be paths (`list[0].done`). */
  setData(target: DataTarget, patch: Record<string, unknown>): Promise<void>

  bridge: BridgeFeed
  /** The threads' measurement, when the home has it. */
  performance?: PerformanceFeed

  /** Calls `listener` (batched, after the current task) with what changed; returns its remover. */
  subscribe(listener: (topics: ReadonlySet<SessionTopic>) => void): () => void
  /** Stops notifying; the app keeps running. */
  dispose(): void
}

// What the simulated client is showing: toast or loading, modal dialog, action sheet and the
// navigation bar. The simulator draws it and a test reads it; both answer dialogs through
// `answerModal` / `answerActionSheet` (or auto answers set up front).
//
// Toast and loading share one slot: "wx.showLoading 和 wx.showToast 同时只能显示一个", and
// hideToast/hideLoading close either one unless `noConflict` is passed (base library 2.22.1).

import type { Clock, TimerHandle } from '../clock.ts'

export interface ToastState {
  kind: 'toast'
  title: string
  icon: 'success' | 'error' | 'loading' | 'none'
  image?: string
  duration: number
  mask: boolean
}

export interface LoadingState {
  kind: 'loading'
  title: string
  mask: boolean
}

export interface ModalState {
  title: string
  content: string
  showCancel: boolean
  cancelText: string
  cancelColor: string
  confirmText: string
  confirmColor: string
  editable: boolean
  placeholderText: string
}

export interface ActionSheetState {
  itemList: string[]
  itemColor: string
  alertText?: string
}

export interface NavigationBarState {
  title: string
  frontColor: '#ffffff' | '#000000'
  backgroundColor: string
  loading: boolean
}

export interface ModalAnswer {
  confirm: boolean
  /** The text typed in an editable modal. */
  content?: string
}

export interface UiAutoAnswers {
  modal?: (modal: ModalState) => ModalAnswer
  /** The tapped index, or null for cancel. */
  actionSheet?: (sheet: ActionSheetState) => number | null
}

interface Pending<S, A> {
  state: S
  resolve: (answer: A) => void
}

export class UiModel {
  navigationBar: NavigationBarState = defaultNavigationBar()
  private slot: ToastState | LoadingState | null = null
  private slotTimer: TimerHandle | undefined
  private modals: Pending<ModalState, ModalAnswer>[] = []
  private sheets: Pending<ActionSheetState, number | null>[] = []
  private listeners = new Set<() => void>()

  constructor(
    private clock: Clock,
    public autoAnswers: UiAutoAnswers = {},
  ) {}

  get toast(): ToastState | null {
    return this.slot?.kind === 'toast' ? this.slot : null
  }
  get loading(): LoadingState | null {
    return this.slot?.kind === 'loading' ? this.slot : null
  }
  /** The dialog on screen; later ones wait behind it. */
  get modal(): ModalState | null {
    return this.modals[0]?.state ?? null
  }
  get actionSheet(): ActionSheetState | null {
    return this.sheets[0]?.state ?? null
  }

  /** Called on every change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  showToast(state: ToastState | LoadingState): void {
    this.clock.clearTimeout(this.slotTimer)
    this.slot = state
    this.slotTimer =
      state.kind === 'toast'
        ? this.clock.setTimeout(() => this.closeSlot(state), state.duration)
        : undefined
    this.changed()
  }

  /** Closes the toast/loading; false when nothing (of that kind, with noConflict) is shown. */
  hideToast(kind: 'toast' | 'loading', noConflict: boolean): boolean {
    if (!this.slot || (noConflict && this.slot.kind !== kind)) return false
    this.closeSlot(this.slot)
    return true
  }

  openModal(state: ModalState): Promise<ModalAnswer> {
    const auto = this.autoAnswers.modal
    if (auto) return Promise.resolve(auto(state))
    return this.enqueue(this.modals, state)
  }

  answerModal(answer: ModalAnswer): boolean {
    return this.dequeue(this.modals, answer)
  }

  openActionSheet(state: ActionSheetState): Promise<number | null> {
    const auto = this.autoAnswers.actionSheet
    if (auto) return Promise.resolve(auto(state))
    return this.enqueue(this.sheets, state)
  }

  answerActionSheet(tapIndex: number | null): boolean {
    return this.dequeue(this.sheets, tapIndex)
  }

  setNavigationBar(patch: Partial<NavigationBarState>): void {
    this.navigationBar = { ...this.navigationBar, ...patch }
    this.changed()
  }

  /** A new page brings its own bar (from its window config); the page stack calls this. */
  resetNavigationBar(initial: Partial<NavigationBarState> = {}): void {
    this.navigationBar = { ...defaultNavigationBar(), ...initial }
    this.changed()
  }

  /** Closes everything; open dialogs resolve as cancelled so no call is left hanging. */
  dispose(): void {
    this.clock.clearTimeout(this.slotTimer)
    this.slot = null
    while (this.modals.length) this.answerModal({ confirm: false })
    while (this.sheets.length) this.answerActionSheet(null)
  }

  private closeSlot(state: ToastState | LoadingState) {
    if (this.slot !== state) return
    this.clock.clearTimeout(this.slotTimer)
    this.slot = null
    this.changed()
  }

  private enqueue<S, A>(queue: Pending<S, A>[], state: S): Promise<A> {
    return new Promise((resolve) => {
      queue.push({ state, resolve })
      this.changed()
    })
  }

  private dequeue<S, A>(queue: Pending<S, A>[], answer: A): boolean {
    const head = queue.shift()
    if (!head) return false
    head.resolve(answer)
    this.changed()
    return true
  }

  private changed() {
    for (const listener of this.listeners) listener()
  }
}

function defaultNavigationBar(): NavigationBarState {
  return { title: '', frontColor: '#000000', backgroundColor: '#ffffff', loading: false }
}

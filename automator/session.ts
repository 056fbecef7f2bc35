// What every method handler gets: the running program, the element handles, the home it runs in
// and the connection's own switches (log forwarding, bindings). One Session per client.

import type { MiniProgram } from '../headless/mini-program.ts'
import type { ElementHandles } from './handles.ts'

/** Where the app runs: headless (jsdom views) or the browser simulator (a phone in Chromium). */
export interface AutomatorHome {
  kind: 'headless' | 'browser'
  /** A PNG of the phone, base64; only a home with pixels has it. */
  captureScreenshot?(): Promise<string>
}

export interface Session {
  program: MiniProgram
  handles: ElementHandles
  home: AutomatorHome
  /** Sends an event `{ method, params }` to this client. */
  emit(method: string, params: unknown): void
  /** From now on the app's console lines go to this client as `App.logAdded`. */
  enableLog(): void
  /** Asks the owner to stop (Tool.close); the answer is sent first. */
  requestClose(): void
}

export type Params = Record<string, unknown>
export type Handler = (params: Params, session: Session) => Promise<unknown>

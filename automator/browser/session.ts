// What a browser-home method works with: the simulator page in Chromium (its Host is
// `window.__mpsim.host`), each app page's view in an iframe, and element handles that are
// Playwright handles into those frames.

import type { ElementHandle, Frame, Page as Tab } from 'playwright-core'
import { AutomatorError, pageGone } from '../errors.ts'

export interface BrowserSession {
  tab: Tab
  handles: BrowserHandles
  emit(method: string, params: unknown): void
  enableLog(): void
  requestClose(): void
}

/** Runs `fn(host, arg)` in the simulator page, with its Host. */
export function onHost<T, A>(tab: Tab, fn: (host: any, arg: A) => T, arg: A): Promise<Awaited<T>> {
  return tab.evaluate(
    ([source, value]) => {
      const host = (window as any).__mpsim.host
      return (0, eval)(`(${source})`)(host, value)
    },
    [fn.toString(), arg] as const,
  ) as Promise<Awaited<T>>
}

/** Runs `code` (a function's source) in logic, then waits until the app settled. */
export async function inLogic(tab: Tab, code: string, args: unknown[]): Promise<unknown> {
  return onHost(
    tab,
    async (host, [c, a]: [string, unknown[]]) => {
      const value = await host.evaluate(c, a)
      await host.settle()
      return value
    },
    [code, args] as [string, unknown[]],
  )
}

export const settle = (tab: Tab) => onHost(tab, (host) => host.settle(), null)

/** The frame of page `pageId` (its webview id), while it is open. */
export async function frameOf(tab: Tab, pageId: unknown): Promise<Frame> {
  const iframe = await tab.$(`iframe.mpsim-page-frame[data-webview-id="${Number(pageId)}"]`)
  const frame = await iframe?.contentFrame()
  if (!frame) throw pageGone(pageId)
  return frame
}

interface Handle {
  pageId: number
  element: ElementHandle<Element>
}

export class BrowserHandles {
  #next = 1
  #byId = new Map<string, Handle>()

  /** A new id per found element (Playwright handles have no identity to share). */
  async add(pageId: number, element: ElementHandle<Element>): Promise<string> {
    const id = `b${this.#next++}`
    this.#byId.set(id, { pageId, element })
    return id
  }

  async get(id: unknown): Promise<Handle> {
    const handle = this.#byId.get(String(id))
    if (!handle) throw new AutomatorError(`element ${String(id)} is unknown to this server`)
    const alive = await handle.element.evaluate((n) => n.isConnected).catch(() => null)
    if (alive === null)
      throw new AutomatorError(
        `element ${String(id)} is gone: its page (${handle.pageId}) was closed`,
      )
    if (!alive)
      throw new AutomatorError(`element ${String(id)} is gone: its node was removed from the page`)
    return handle
  }
}

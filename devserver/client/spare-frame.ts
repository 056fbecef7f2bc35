// The first page's view frame, started as the simulator page's script begins: its renderer
// process, the frame page and the view runtime load while the package arrives and logic starts
// (one after another they took ~270 ms after the page was created). It waits, hidden and with no
// page yet, in a holder outside the phone (the phone is drawn later); the first view the host
// opens takes it and it moves into the phone's page area. `moveBefore` moves a frame without
// reloading it; a browser without it starts no early frame.

import { prepareIframeView } from '../../runtime/host/browser/iframe-view.ts'
import type { OpenedView, OpenViewRequest, SpareView } from '../../runtime/host/platform.ts'

type Movable = Element & { moveBefore(node: Node, child: Node | null): void }

const canMove = (el: Element): el is Movable => 'moveBefore' in el

export interface EarlyViewFrame {
  /** The view of the first page to open, in `container`; null once taken (or never started). */
  open(request: OpenViewRequest, container: HTMLElement): OpenedView | null
  /** Ends it if no page took it. */
  drop(): void
}

export function earlyViewFrame(frameUrl: string, doc: Document = document): EarlyViewFrame {
  const holder = doc.createElement('div')
  if (!canMove(holder)) return { open: () => null, drop: () => {} }
  // a phone-sized box off screen: the frame lays out as it will in the page area
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:375px;height:667px;'
  holder.setAttribute('aria-hidden', 'true')
  doc.body.append(holder)
  let spare: SpareView | null = prepareIframeView({ container: () => holder, frameUrl })
  return {
    open(request, container) {
      if (!spare || !canMove(container)) return null
      const opened = spare.open(request)
      spare = null
      const frame = holder.querySelector('iframe')
      if (frame) container.moveBefore(frame, null)
      holder.remove()
      return opened
    },
    drop() {
      spare?.close()
      spare = null
      holder.remove()
    },
  }
}

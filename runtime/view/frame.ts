// The view runtime in a browser iframe (the simulator's page frames): says `hello` to the host
// page, takes the page's view bundle from its `boot` answer, then runs `startView` over
// postMessage with the host. The host's origin comes in the frame URL (`?host=`) and every
// message is checked against it and against the parent window.

import { fromPostMessage } from '../../bridge/endpoint.ts'
import { isFrameBoot, type FrameHello } from '../../bridge/frame-handshake.ts'
import type { HostToView, ViewToHost } from '../../bridge/protocol.ts'
import { loadViewBundle } from './load.ts'
import { startView } from './port.ts'

export function startViewFrame(win: Window = window): void {
  const params = new URLSearchParams(win.location.search)
  const webviewId = Number(params.get('webviewId'))
  const hostOrigin = params.get('host') ?? win.location.origin
  const parent = win.parent
  const onBoot = (event: MessageEvent) => {
    if (event.source !== parent || event.origin !== hostOrigin || !isFrameBoot(event.data)) return
    win.removeEventListener('message', onBoot)
    const { source, file } = event.data
    const bundle = loadViewBundle(source, file)
    const port = fromPostMessage<HostToView, ViewToHost>(parent, {
      listenOn: win,
      targetOrigin: hostOrigin,
    })
    startView({ port, document: win.document, bundle })
  }
  win.addEventListener('message', onBoot)
  const hello: FrameHello = { mpsimFrame: 'hello', webviewId }
  parent.postMessage(hello, hostOrigin)
}

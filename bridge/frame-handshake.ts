// The handshake between the host page and a view iframe, before bridge messages flow: the
// frame says `hello` once its runtime loaded; the host answers `boot` with the page's view
// bundle; from then on every message is a bridge message (HostToView / ViewToHost).

export interface FrameHello {
  mpsimFrame: 'hello'
  webviewId: number
}

export interface FrameBoot {
  mpsimFrame: 'boot'
  webviewId: number
  route: string
  /** The view bundle's source and its file name (for stack traces). */
  source: string
  file: string
}

export function isFrameHello(data: unknown): data is FrameHello {
  return typeof data === 'object' && data !== null && (data as FrameHello).mpsimFrame === 'hello'
}

export function isFrameBoot(data: unknown): data is FrameBoot {
  return typeof data === 'object' && data !== null && (data as FrameBoot).mpsimFrame === 'boot'
}

// The tunnel's frames on the WebSocket, JSON text, told apart by `t`:
//   client → service  {t:'m', s, d}  a message (s: the client's sequence number, d: {type, content})
//                     {t:'a', s}     every service message up to s arrived
//                     {t:'ping'}     heartbeat;  {t:'close'}  leave the tunnel for good
//   service → client  {t:'hello', ack, heartbeatMs}  after (re)connect: client messages up to ack arrived
//                     {t:'m', s, d}  a message;  {t:'a', s}  ack;  {t:'pong'}
//                     {t:'err', error, message}  before the service closes the socket
// Sequence numbers let a reconnect resend what the other side missed, in order, once.

export type ClientFrame =
  | { t: 'm'; s: number; d: { type: string; content?: unknown } }
  | { t: 'a'; s: number }
  | { t: 'ping' }
  | { t: 'close' }

const isSeq = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0

/** The frame, or null when it is not one (the tunnel is then closed as malformed). */
export function parseClientFrame(text: string): ClientFrame | null {
  let frame: Record<string, unknown>
  try {
    frame = JSON.parse(text) as Record<string, unknown>
  } catch {
    return null
  }
  if (!frame || typeof frame !== 'object') return null
  if (frame.t === 'ping' || frame.t === 'close') return frame as ClientFrame
  if (frame.t === 'a') return isSeq(frame.s) ? (frame as ClientFrame) : null
  if (frame.t !== 'm' || !isSeq(frame.s)) return null
  const d = frame.d as Record<string, unknown> | null
  return d && typeof d === 'object' && typeof d.type === 'string' ? (frame as ClientFrame) : null
}

/** A message frame from its already serialised `d`: a broadcast serialises once. */
export function messageFrame(seq: number, data: string): string {
  return `{"t":"m","s":${seq},"d":${data}}`
}

export function controlFrame(frame: Record<string, unknown>): string {
  return JSON.stringify(frame)
}

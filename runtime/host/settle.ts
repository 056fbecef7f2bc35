// Waiting until an app is quiet, so an automation step resolves after what it caused. A tap
// becomes an event to logic, whose handler sends setData, which the view applies and
// acknowledges, whose callback may send more. Logic cannot be watched from outside, so the host
// probes it: logic handles messages in order, so when it answers a probe it has handled
// everything sent before, and what it sent in return has arrived. Quiet means a whole round
// (probe, views' acknowledgements) passed without any other message.

export interface Settleable {
  /** Count of app messages that passed so far. */
  activity(): number
  /** Nothing waits: no setData unacknowledged, no wx call or route running. */
  quiet(): boolean
  /** What is still busy, for the timeout message. */
  describe(): string
  /** No message waiting on a delay lane. */
  idle(): Promise<void>
  /** A round trip to logic behind every message sent before it. */
  probe(timeoutMs: number): Promise<void>
}

export async function settle(target: Settleable, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  const left = () => Math.max(1, deadline - performance.now())
  for (;;) {
    const before = target.activity()
    await turn()
    await target.idle()
    await target.probe(left())
    await turn()
    if (target.activity() === before && target.quiet()) return
    if (performance.now() >= deadline)
      throw new Error(`host: the app did not settle within ${timeoutMs} ms: ${target.describe()}`)
    if (!target.quiet()) await sleep(1)
  }
}

/** Lets tasks queued by in-process channels (task delivery) run. A browser page has no
 *  setImmediate: a zero timeout is its next task. */
function turn(): Promise<void> {
  const next = (fn: () => void) =>
    typeof setImmediate === 'function' ? setImmediate(fn) : setTimeout(fn, 0)
  return new Promise((resolve) => next(() => setTimeout(resolve, 0)))
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

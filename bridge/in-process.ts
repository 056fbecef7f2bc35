// Two connected endpoints in one thread, for single-thread mode and for tests. A message is
// copied (structured clone, as a port copies it), so the two sides never share an object, and
// is delivered later, never during `post`, so no code can come to rely on a synchronous answer.

import { BaseEndpoint, type Endpoint } from './endpoint.ts'

/**
 * When a posted message is handed over:
 * - `task` (default): in a later task of the event loop, as a real port delivers it. Timers and
 *   I/O run between messages, so a `setData` callback that calls `setData` again (a common loop)
 *   cannot starve the thread. Built on one MessageChannel used as a wake-up signal.
 * - `microtask`: at the end of the current task. The cheapest asynchronous hop, to measure the
 *   floor of what a bridge costs; a message loop never yields, so use it for measurement only.
 */
export type Delivery = 'task' | 'microtask'

export interface InProcessOptions {
  delivery?: Delivery
  /** Copy each message with structuredClone (default true); off to measure without the copy. */
  clone?: boolean
}

/** Two endpoints joined in this thread: what `a` posts, `b` receives, and back. */
export function inProcessPair<A, B>(
  options: InProcessOptions = {},
): [Endpoint<A, B>, Endpoint<B, A>] {
  const schedule: Scheduler =
    options.delivery === 'microtask' ? (job) => queueMicrotask(job) : taskScheduler()
  const copy = options.clone === false ? <T>(m: T) => m : <T>(m: T) => structuredClone(m)
  let a: BaseEndpoint<A, B> | undefined
  let b: BaseEndpoint<B, A> | undefined
  const closeBoth = () => {
    a?.close()
    b?.close()
    schedule.dispose?.()
  }
  a = new BaseEndpoint<A, B>((m) => {
    const copied = copy(m)
    schedule(() => b!.deliver(copied))
  }, closeBoth)
  b = new BaseEndpoint<B, A>((m) => {
    const copied = copy(m)
    schedule(() => a!.deliver(copied))
  }, closeBoth)
  return [a, b]
}

type Scheduler = ((job: () => void) => void) & { dispose?: () => void }

/**
 * Runs each job in its own later task, in FIFO order: one MessageChannel (in Node and every
 * browser) carries one wake-up per job, so microtasks a job queues run before the next job, as
 * between two messages of a real port. In Node the port holds the process open only while jobs
 * wait.
 */
function taskScheduler(): Scheduler {
  const queue: (() => void)[] = []
  const channel = new MessageChannel()
  const port = channel.port1 as MessagePort & { ref?: () => void; unref?: () => void }
  port.onmessage = () => {
    const job = queue.shift()
    if (!queue.length) port.unref?.()
    job?.()
  }
  port.unref?.()
  const schedule: Scheduler = (job) => {
    if (!queue.length) port.ref?.()
    queue.push(job)
    channel.port2.postMessage(0)
  }
  schedule.dispose = () => {
    queue.length = 0
    port.onmessage = null
    port.close()
  }
  return schedule
}

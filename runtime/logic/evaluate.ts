// `evaluate` (automation): runs a function's source in the logic thread with the app's globals
// in scope and answers with its (awaited) value or error.

import type { HostToLogic, LogicToHost } from '../../bridge/protocol.ts'

interface EvalHost {
  globals: Record<string, unknown>
  guard: { toWire(e: unknown): { name: string; message: string; stack?: string } }
}

export async function handleEvaluate(
  rt: EvalHost,
  msg: Extract<HostToLogic, { type: 'evaluate' }>,
  post: (m: LogicToHost) => void,
): Promise<void> {
  try {
    const names = Object.keys(rt.globals).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n))
    const fn = new Function(...names, `return (${msg.code})`)(...names.map((n) => rt.globals[n]))
    const value: unknown = await (typeof fn === 'function' ? fn(...msg.args) : fn)
    post({ type: 'evaluateResult', callId: msg.callId, ok: true, value: clone(value) })
  } catch (e) {
    post({ type: 'evaluateResult', callId: msg.callId, ok: false, error: rt.guard.toWire(e) })
  }
}

/** The value as JSON carries it: evaluation results must cross any transport. */
function clone(value: unknown): unknown {
  if (value === undefined) return undefined
  try {
    return JSON.parse(JSON.stringify(value)) as unknown
  } catch {
    return String(value)
  }
}

// What the host collects from every party: log entries (console.* of app code, view warnings,
// host API notes) and errors, each error with the original file:line when the logic thread's
// source-mapped stack names one.

import type { LogEntry, WireError } from '../../bridge/protocol.ts'

export interface HostError {
  /** `logic`, `view:<webviewId>` or `host`. */
  source: string
  name: string
  message: string
  stack?: string
  /** What was running: `[Component] Event Handler Error @pages/x#tap`, `at App lifeCycleMethod onLaunch function`… */
  where: string
  /** The first frame in app code, from the mapped stack (`pages/index/index.js`). */
  file?: string
  line?: number
  column?: number
  time: number
}

/** A frame position `file.js:12:5`, not the bundle itself, not node internals. */
const FRAME = /([\w@$./-]+\.(?:js|ts|wxs)):(\d+):(\d+)/g

export function hostError(source: string, error: WireError, where: string): HostError {
  const out: HostError = {
    source,
    name: error.name,
    message: error.message,
    where,
    time: Date.now(),
  }
  if (error.stack !== undefined) out.stack = error.stack
  const at = firstAppFrame(error.stack ?? '')
  if (at) Object.assign(out, at)
  return out
}

function firstAppFrame(stack: string): { file: string; line: number; column: number } | null {
  for (const m of stack.matchAll(FRAME)) {
    const file = m[1]!
    if (file === 'logic.js' || file.startsWith('node:') || file.includes('node_modules')) continue
    if (file.includes('/runtime/') || file.includes('/bridge/')) continue
    return { file, line: Number(m[2]), column: Number(m[3]) }
  }
  return null
}

/** A log entry as one line: `[logic] warn: text`. */
export function formatLog(entry: LogEntry): string {
  const text = entry.args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ')
  return `[${entry.source}] ${entry.level}: ${text}`
}

export function formatError(e: HostError): string {
  const at = e.file ? ` (${e.file}:${e.line}:${e.column})` : ''
  return `[${e.source}] ${e.name}: ${e.message}${at} ${e.where}`
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

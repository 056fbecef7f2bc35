// What the host collects from every party: log entries (console.* of app code, view warnings,
// host API notes) and errors, each error with the original file:line: the `location` logic
// sends (its top app frame, source-mapped), else the first app frame the stack names.

import type { LogEntry, SourceLocation, WireError } from '../../bridge/protocol.ts'

export interface HostError {
  /** `logic`, `view:<webviewId>` or `host`. */
  source: string
  name: string
  message: string
  stack?: string
  /** What was running: `[Component] Event Handler Error @pages/x#tap`, `at App lifeCycleMethod onLaunch function`… */
  where: string
  /** Where logic located the error in the app's files (the `error` message's `location`). */
  location?: SourceLocation
  /** The first frame in app code: `location`, else from the mapped stack. */
  file?: string
  line?: number
  column?: number
  time: number
}

/** A frame position `file.js:12:5`, not the bundle itself, not node internals. */
const FRAME = /([\w@$./-]+\.(?:js|ts|wxs)):(\d+):(\d+)/g

export function hostError(
  source: string,
  error: WireError,
  where: string,
  location?: SourceLocation,
): HostError {
  const out: HostError = {
    source,
    name: error.name,
    message: error.message,
    where,
    time: Date.now(),
  }
  if (error.stack !== undefined) out.stack = error.stack
  if (location) out.location = { ...location }
  const at = location ?? firstAppFrame(error.stack ?? '')
  if (at) Object.assign(out, { file: at.file, line: at.line, column: at.column })
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
  const place = e.location ?? (e.file ? { file: e.file, line: e.line, column: e.column } : null)
  const at = place ? ` (${place.file}:${place.line}:${place.column})` : ''
  return `[${e.source}] ${e.name}: ${e.message}${at} ${e.where}`
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

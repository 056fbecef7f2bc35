// How `mpsim run` shows what the app did: its log lines (console.* of logic and views, host
// notes) on stdout and its errors, with the original file:line:column, on stderr, in the order
// they happened. New entries are printed while the script runs, so a hanging script still
// shows how far the app got.

import type { LogEntry } from '../bridge/protocol.ts'
import { formatLog, type HostError } from '../runtime/host/index.ts'

export interface Io {
  out(text: string): void
  err(text: string): void
}

/** What the report reads: the running program's logs and errors (both only grow). */
export interface AppOutput {
  logs: readonly LogEntry[]
  errors: readonly HostError[]
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const

export class LiveReport {
  #logs = 0
  #errors = 0
  #timer: ReturnType<typeof setInterval> | null = null
  #console: Partial<Console> = {}

  constructor(
    readonly io: Io,
    readonly app: AppOutput,
  ) {}

  get counts(): { logs: number; errors: number } {
    return { logs: this.app.logs.length, errors: this.app.errors.length }
  }

  /** Prints new entries every `everyMs`, and before anything the script prints, until `stop`:
   *  a line the script logs after an action comes after the app's lines of that action. */
  start(everyMs = 50): void {
    this.#timer = setInterval(() => this.flush(), everyMs)
    this.#timer.unref()
    for (const name of CONSOLE_METHODS) {
      const original = console[name]
      this.#console[name] = original
      console[name] = (...args: unknown[]) => {
        this.flush()
        original.apply(console, args)
      }
    }
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
    Object.assign(console, this.#console)
    this.#console = {}
    this.flush()
  }

  /** Prints the entries not printed yet, logs and errors merged by time. */
  flush(): void {
    const logs = this.app.logs.slice(this.#logs).map((entry) => ({ time: entry.time, entry }))
    const errors = this.app.errors.slice(this.#errors).map((error) => ({ time: error.time, error }))
    this.#logs = this.app.logs.length
    this.#errors = this.app.errors.length
    const all = [...logs, ...errors].sort((a, b) => a.time - b.time)
    for (const item of all) {
      if ('entry' in item) this.io.out(`${formatLog(item.entry)}\n`)
      else this.io.err(formatAppError(item.error))
    }
  }
}

/** `error [logic] Error: kaboom` / `    at pages/index/index.js:3:11` / `    in <what ran>`. */
export function formatAppError(e: HostError): string {
  const lines = [`error [${e.source}] ${e.name}: ${e.message}`]
  if (e.file) lines.push(`    at ${e.file}:${e.line}:${e.column}`)
  if (e.where) lines.push(`    in ${e.where}`)
  return `${lines.join('\n')}\n`
}

/** A thrown value with its stack (an Error's stack starts with its name and message). */
export function formatThrown(error: unknown): string {
  if (error instanceof Error) {
    const stack = error.stack ?? ''
    return stack.includes(error.message) ? stack : `${error.name}: ${error.message}\n${stack}`
  }
  return String(error)
}

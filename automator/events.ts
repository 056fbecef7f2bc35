// Events from the running app to one client: console lines as `App.logAdded { type, args }`
// once the client enabled logs, uncaught errors as `App.exceptionThrown`, and calls of
// bindings as `App.bindingCalled { name, args }`. The host's logs and errors are read after each
// message it handles (Host.onActivity), from where this client started listening.

import type { LogEntry } from '../bridge/protocol.ts'
import type { Host, HostError } from '../runtime/host/index.ts'
import { BINDING_MARK } from './app.ts'

export interface EventSink {
  emit(method: string, params: unknown): void
  logsEnabled(): boolean
}

export function watchEvents(host: Host, sink: EventSink): () => void {
  let logs = host.logs.length
  let errors = host.errors.length
  const pump = () => {
    while (logs < host.logs.length) forward(host.logs[logs++]!, sink)
    while (errors < host.errors.length)
      sink.emit('App.exceptionThrown', exception(host.errors[errors++]!))
  }
  const stop = host.onActivity(pump)
  return () => {
    pump()
    stop()
  }
}

/** A console line: a binding's call, a log line for a client that enabled logs, or nothing. */
export function forward(entry: LogEntry, sink: EventSink): void {
  const [first, name, args] = entry.args
  if (first === BINDING_MARK) {
    sink.emit('App.bindingCalled', { name, args: Array.isArray(args) ? args : [] })
    return
  }
  if (entry.source === 'host' || !sink.logsEnabled()) return
  sink.emit('App.logAdded', { type: entry.level, args: entry.args })
}

/** `{ name, message, stack }` as the official tools send, plus where mpsim located it. */
export function exception(e: HostError) {
  return {
    name: e.name,
    message: e.message,
    stack: e.stack ?? `${e.name}: ${e.message}`,
    where: e.where,
    source: e.source,
    ...(e.file ? { file: e.file, line: e.line, column: e.column } : {}),
  }
}

// A small validator for trace-event JSON (the object format): what Perfetto and
// chrome://tracing need to open a file and put each event on a track. Returns the problems
// found (empty: valid) so a test can show all of them at once.

import type { TraceEvent, TraceFile } from '../../../bridge/trace-events.ts'

const PHASES = new Set(['X', 'B', 'E', 'i', 'I', 'C', 'b', 'e', 'n', 's', 't', 'f', 'M'])

export interface TraceCheck {
  problems: string[]
  /** tid → its thread_name. */
  threads: Map<number, string>
  /** tids that have any event besides metadata. */
  busyTracks: Set<number>
}

export function validateTrace(file: unknown): TraceCheck {
  const problems: string[] = []
  const threads = new Map<number, string>()
  const busyTracks = new Set<number>()
  if (!isObject(file) || !Array.isArray(file.traceEvents)) {
    return { problems: ['not a trace object: no traceEvents array'], threads, busyTracks }
  }
  const { traceEvents } = file as unknown as TraceFile
  traceEvents.forEach((e, i) => checkEvent(e, i, problems, threads, busyTracks))
  for (const tid of busyTracks)
    if (!threads.has(tid)) problems.push(`tid ${tid} has events but no thread_name`)
  checkNesting(traceEvents, problems)
  checkPairs(traceEvents, problems)
  return { problems, threads, busyTracks }
}

function checkEvent(
  e: TraceEvent,
  i: number,
  problems: string[],
  threads: Map<number, string>,
  busy: Set<number>,
): void {
  const at = `event ${i} (${isObject(e) ? String(e.name) : '?'})`
  if (!isObject(e)) return void problems.push(`${at}: not an object`)
  if (typeof e.name !== 'string') problems.push(`${at}: name is not a string`)
  if (!PHASES.has(e.ph)) problems.push(`${at}: unknown ph ${String(e.ph)}`)
  if (!Number.isFinite(e.ts)) problems.push(`${at}: ts is not a number`)
  if (!Number.isInteger(e.pid) || !Number.isInteger(e.tid))
    problems.push(`${at}: pid/tid not integers`)
  if (e.args !== undefined && !isObject(e.args)) problems.push(`${at}: args is not an object`)
  if (e.ph === 'X' && !(Number.isFinite(e.dur) && e.dur! >= 0))
    problems.push(`${at}: X without a duration ≥ 0`)
  if ((e.ph === 'b' || e.ph === 'e' || e.ph === 's' || e.ph === 'f') && e.id === undefined)
    problems.push(`${at}: ${e.ph} without id`)
  if (
    e.ph === 'C' &&
    !(isObject(e.args) && Object.values(e.args).every((v) => typeof v === 'number'))
  )
    problems.push(`${at}: counter args must be numbers`)
  if (e.ph === 'M') {
    if (e.name === 'thread_name') threads.set(e.tid, String(e.args?.name))
  } else busy.add(e.tid)
}

/** Complete events of one thread must nest (a slice ends before its parent ends), within
 *  NEST_SLACK_US: browsers coarsen Long Tasks API times to 100 µs. */
const NEST_SLACK_US = 100

function checkNesting(events: TraceEvent[], problems: string[]): void {
  const byTid = new Map<number, TraceEvent[]>()
  for (const e of events) if (e.ph === 'X') byTid.set(e.tid, [...(byTid.get(e.tid) ?? []), e])
  for (const [tid, list] of byTid) {
    const sorted = [...list].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
    const open: number[] = []
    for (const e of sorted) {
      while (open.length && open.at(-1)! <= e.ts) open.pop()
      const end = e.ts + e.dur!
      if (open.length && end > open.at(-1)! + NEST_SLACK_US) {
        problems.push(`tid ${tid}: "${e.name}" at ${e.ts} overlaps its parent without nesting`)
        return
      }
      open.push(end)
    }
  }
}

/** Every async begin has its end (by cat, name, id). */
function checkPairs(events: TraceEvent[], problems: string[]): void {
  const open = new Map<string, number>()
  for (const e of events) {
    if (e.ph !== 'b' && e.ph !== 'e') continue
    const key = `${e.cat}|${e.name}|${String(e.id)}`
    open.set(key, (open.get(key) ?? 0) + (e.ph === 'b' ? 1 : -1))
  }
  for (const [key, n] of open)
    if (n !== 0) problems.push(`async ${key}: begins and ends do not pair`)
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

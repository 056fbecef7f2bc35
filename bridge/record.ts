// The record of every message that passed through the host: what, which way, how big, when.
// Tests query it (`record.filter({ direction: 'view→host', type: 'event' })`); the dev panels
// can follow it live with `onEntry`.

import type { AnyMessage, Direction } from './protocol.ts'
import { messageBytes } from './size.ts'

export interface RecordEntry {
  /** Order in which the host handed messages on, from 1. */
  seq: number
  direction: Direction
  type: string
  /** The view it came from or went to; for logic messages, the view they name, if any. */
  webviewId?: number
  /** UTF-8 bytes of the message's JSON form (see `messageBytes`). */
  bytes: number
  /** `performance.now()` of the host when it got the message from the sending side. */
  sentAt: number
  /** `performance.now()` of the host when it handed the message on (after any delay). */
  receivedAt: number
  /** The message itself, when the record keeps payloads. */
  payload?: AnyMessage
}

/** What the router hands the record: the message, measured only when someone reads `bytes`. */
export interface PassedMessage {
  direction: Direction
  webviewId: number | undefined
  sentAt: number
  receivedAt: number
  message: AnyMessage
}

/** An entry whose size is computed on first read: sizing means serialising the message, which
 *  would otherwise cost every message in the hot path whether anyone looks or not. */
class Entry implements RecordEntry {
  readonly direction: Direction
  readonly type: string
  readonly webviewId?: number
  readonly sentAt: number
  readonly receivedAt: number
  payload?: AnyMessage
  #bytes: number | undefined
  #message: AnyMessage | undefined

  constructor(
    readonly seq: number,
    passed: PassedMessage,
    keepPayload: boolean,
  ) {
    this.direction = passed.direction
    this.type = passed.message.type
    if (passed.webviewId !== undefined) this.webviewId = passed.webviewId
    this.sentAt = passed.sentAt
    this.receivedAt = passed.receivedAt
    if (keepPayload) {
      this.payload = passed.message
      this.#message = passed.message
    } else this.#bytes = messageBytes(passed.message)
  }

  get bytes(): number {
    if (this.#bytes === undefined) this.#bytes = messageBytes(this.#message!)
    return this.#bytes
  }

  toJSON(): RecordEntry {
    const { seq, direction, type, webviewId, bytes, sentAt, receivedAt, payload } = this
    return { seq, direction, type, webviewId, bytes, sentAt, receivedAt, payload }
  }
}

export interface RecordQuery {
  direction?: Direction | readonly Direction[]
  type?: string | readonly string[]
  webviewId?: number
}

export interface RecordOptions {
  /** Keep each message in `payload` (default false: only sizes and times). */
  keepPayloads?: boolean
  /** Keep at most this many entries, dropping the oldest (default: no limit). */
  limit?: number
}

export class BridgeRecord {
  keepPayloads: boolean
  #entries: RecordEntry[] = []
  #seq = 0
  #paused = false
  #limit: number
  #listeners = new Set<(entry: RecordEntry) => void>()

  constructor(options: RecordOptions = {}) {
    this.keepPayloads = options.keepPayloads ?? false
    this.#limit = options.limit ?? Infinity
  }

  get entries(): readonly RecordEntry[] {
    return this.#entries
  }

  /** While paused, messages pass unrecorded (and their size is not computed). */
  get paused(): boolean {
    return this.#paused
  }

  pause(): void {
    this.#paused = true
  }

  resume(): void {
    this.#paused = false
  }

  /** Forgets every entry; numbering goes on (a later entry never reuses a seq). */
  clear(): void {
    this.#entries = []
  }

  /** Adds an entry (the router calls this); ignored while paused. */
  add(passed: PassedMessage): RecordEntry | undefined {
    if (this.#paused) return undefined
    const full = new Entry(++this.#seq, passed, this.keepPayloads)
    this.#entries.push(full)
    if (this.#entries.length > this.#limit) this.#entries.shift()
    for (const listener of this.#listeners) listener(full)
    return full
  }

  /** Entries matching every given field of the query, in order. */
  filter(query: RecordQuery = {}): RecordEntry[] {
    const directions = toSet(query.direction)
    const types = toSet(query.type)
    return this.#entries.filter(
      (e) =>
        (!directions || directions.has(e.direction)) &&
        (!types || types.has(e.type)) &&
        (query.webviewId === undefined || e.webviewId === query.webviewId),
    )
  }

  /** Message count and bytes per direction, over the entries kept. */
  totals(): Record<Direction, { count: number; bytes: number }> {
    const totals = {} as Record<Direction, { count: number; bytes: number }>
    for (const d of ['host→logic', 'logic→host', 'host→view', 'view→host'] as const) {
      totals[d] = { count: 0, bytes: 0 }
    }
    for (const e of this.#entries) {
      totals[e.direction].count++
      totals[e.direction].bytes += e.bytes
    }
    return totals
  }

  /** Calls `listener` with each new entry; returns its remover. */
  onEntry(listener: (entry: RecordEntry) => void): () => void {
    this.#listeners.add(listener)
    return () => void this.#listeners.delete(listener)
  }
}

function toSet<T>(value: T | readonly T[] | undefined): Set<T> | undefined {
  if (value === undefined) return undefined
  return new Set(Array.isArray(value) ? (value as readonly T[]) : [value as T])
}

// A small JSON parser that knows where everything is. JSON.parse in Node 20 does not say where a
// syntax error is, and config errors (a missing component) must point at the entry that names
// it, so this parser records the offset of every value by its key path.

import { createError, locationAt } from '../errors.ts'
import type { OnError, SourceLocation } from '../errors.ts'

export interface JsonDoc {
  file: string
  source: string
  value: unknown
  /** Offset of the value at `path` (`['usingComponents', 'card']`), or of the nearest parent. */
  loc(path: readonly string[]): SourceLocation
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

const SEP = '\u0000'

class Parser {
  pos = 0
  readonly offsets = new Map<string, number>()
  constructor(readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(message, at)
  }

  ws(): void {
    const t = this.text
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos)
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++
      else break
    }
  }

  describe(): string {
    const c = this.text[this.pos]
    return c === undefined ? 'unexpected end of input' : `unexpected character ${JSON.stringify(c)}`
  }

  value(path: string): unknown {
    this.ws()
    this.offsets.set(path, this.pos)
    const c = this.text[this.pos]
    if (c === '{') return this.object(path)
    if (c === '[') return this.array(path)
    if (c === '"') return this.string()
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.pos, this.pos + 64),
    )
    if (!lit) this.fail(this.describe())
    this.pos += lit[0].length
    return JSON.parse(lit[0])
  }

  object(path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    this.pos++
    this.ws()
    if (this.text[this.pos] === '}') return (this.pos++, out)
    for (;;) {
      this.ws()
      if (this.text[this.pos] !== '"') this.fail(`expected a property name, ${this.describe()}`)
      const key = this.string()
      this.ws()
      if (this.text[this.pos] !== ':') this.fail(`expected ":", ${this.describe()}`)
      this.pos++
      out[key] = this.value(path ? path + SEP + key : key)
      this.ws()
      const c = this.text[this.pos]
      this.pos++
      if (c === '}') return out
      if (c !== ',') this.fail(`expected "," or "}", ${this.describe()}`, this.pos - 1)
    }
  }

  array(path: string): unknown[] {
    const out: unknown[] = []
    this.pos++
    this.ws()
    if (this.text[this.pos] === ']') return (this.pos++, out)
    for (;;) {
      out.push(this.value((path ? path + SEP : '') + out.length))
      this.ws()
      const c = this.text[this.pos]
      this.pos++
      if (c === ']') return out
      if (c !== ',') this.fail(`expected "," or "]", ${this.describe()}`, this.pos - 1)
    }
  }

  string(): string {
    const start = this.pos
    const re = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y
    re.lastIndex = start
    const m = re.exec(this.text)
    if (!m) this.fail('unterminated or invalid string', start)
    this.pos = start + m[0].length
    return JSON.parse(m[0]) as string
  }
}

/** Parses `source`; on a syntax error reports JSON_SYNTAX at the exact place and returns null. */
export function parseJson(file: string, source: string, onError: OnError): JsonDoc | null {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const shift = source.length - text.length
  const p = new Parser(text)
  let value: unknown
  try {
    value = p.value('')
    p.ws()
    if (p.pos < text.length) p.fail(`unexpected content after the end: ${p.describe()}`)
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e
    const loc = locationAt(file, source, e.offset + shift)
    onError(createError('JSON_SYNTAX', loc, source, [e.message]))
    return null
  }
  const loc = (path: readonly string[]): SourceLocation => {
    for (let n = path.length; n >= 0; n--) {
      const at = p.offsets.get(path.slice(0, n).join(SEP))
      if (at !== undefined) return locationAt(file, source, at + shift)
    }
    return locationAt(file, source, 0)
  }
  return { file, source, value, loc }
}

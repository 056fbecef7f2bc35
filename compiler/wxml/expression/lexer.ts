// Tokens of a WXML expression. One pass over char codes; no regular expressions, so a 94 KiB
// template lexes in linear time. Characters the language does not have (`=`, `` ` ``, `=>`, `?.`)
// fail here with a message that names the feature.

export const enum Tok {
  End = 0,
  Num = 1,
  Str = 2,
  Name = 3,
  Punct = 4,
}

export interface Token {
  kind: Tok
  /** The number, the decoded string, the name, or the punctuator text. */
  value: string | number
  start: number
  end: number
}

/** Thrown inside the parser only; `parse` turns it into a returned error. */
export class ExprSyntaxError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true
  if (c < 0xa0) return false
  return (
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
}

export function isNameStart(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 95 ||
    c === 36 ||
    (c >= 0x80 && !isSpace(c))
  )
}

function isNamePart(c: number): boolean {
  return isNameStart(c) || isDigit(c)
}

/** Punctuators by their first character code, longest first. */
const PUNCT: Array<string[] | undefined> = []
for (const op of '... === !== >>> == != <= >= << >> && || ?? . [ ] ( ) { } , : ? + - * / % < > ! ~ & | ^'.split(
  ' ',
)) {
  const c = op.charCodeAt(0)
  ;(PUNCT[c] ??= []).push(op)
}

/** Two-character JavaScript operators WXML expressions do not have, with the reason shown. */
function refusedPair(a: number, b: number, after: number): string | null {
  if (a === 61 && b === 62) return 'functions are not allowed' // =>
  if (a === 42 && b === 42) return '"**" is not supported'
  if (a === 43 && b === 43) return '"++" is not allowed'
  if (a === 45 && b === 45) return '"--" is not allowed'
  // `a?.5:1` is a ternary with `.5`, as in JavaScript.
  if (a === 63 && b === 46 && !isDigit(after)) return 'optional chaining "?." is not supported'
  return null
}

export class Lexer {
  constructor(
    readonly text: string,
    public pos: number,
    readonly end: number,
  ) {}

  next(): Token {
    const { text, end } = this
    let i = this.pos
    while (i < end && isSpace(text.charCodeAt(i))) i++
    this.pos = i
    if (i >= end) return { kind: Tok.End, value: '', start: end, end }
    const c = text.charCodeAt(i)
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)) && i + 1 < end)) {
      return this.number(i)
    }
    if (c === 34 || c === 39) return this.string(i, c)
    if (isNameStart(c)) {
      let j = i + 1
      while (j < end && isNamePart(text.charCodeAt(j))) j++
      return this.token(Tok.Name, text.slice(i, j), i, j)
    }
    return this.punct(i)
  }

  private token(kind: Tok, value: string | number, start: number, end: number): Token {
    this.pos = end
    return { kind, value, start, end }
  }

  private punct(i: number): Token {
    const { text, end } = this
    const c = text.charCodeAt(i)
    const refused =
      i + 1 < end ? refusedPair(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2)) : null
    if (refused) throw new ExprSyntaxError(i, refused)
    const ops = PUNCT[c]
    if (ops) {
      for (const op of ops) {
        if (op.length === 1) return this.token(Tok.Punct, op, i, i + 1)
        if (i + op.length <= end && text.startsWith(op, i)) {
          return this.token(Tok.Punct, op, i, i + op.length)
        }
      }
    }
    if (c === 96) throw new ExprSyntaxError(i, 'template literals are not supported')
    if (c === 61) throw new ExprSyntaxError(i, 'assignment is not allowed')
    throw new ExprSyntaxError(i, `unexpected character ${JSON.stringify(text[i])}`)
  }

  /** The first non-space character code at or after `i` (NaN at the end). */
  peekChar(i: number): number {
    while (i < this.end && isSpace(this.text.charCodeAt(i))) i++
    return i < this.end ? this.text.charCodeAt(i) : NaN
  }

  private number(start: number): Token {
    const { text, end } = this
    let i = start
    if (text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) | 32) === 120) {
      i += 2
      while (i < end && isHex(text.charCodeAt(i))) i++
      if (i === start + 2) throw new ExprSyntaxError(i, 'invalid hexadecimal number')
    } else {
      while (i < end && isDigit(text.charCodeAt(i))) i++
      if (i < end && text.charCodeAt(i) === 46) {
        i++
        while (i < end && isDigit(text.charCodeAt(i))) i++
      }
      if (i < end && (text.charCodeAt(i) | 32) === 101) i = this.exponent(i)
    }
    if (i < end && isNamePart(text.charCodeAt(i))) {
      throw new ExprSyntaxError(i, `invalid number "${text.slice(start, i + 1)}"`)
    }
    return this.token(Tok.Num, Number(text.slice(start, i)), start, i)
  }

  private exponent(e: number): number {
    const { text, end } = this
    let i = e + 1
    const sign = text.charCodeAt(i)
    if (sign === 43 || sign === 45) i++
    const digits = i
    while (i < end && isDigit(text.charCodeAt(i))) i++
    if (i === digits) throw new ExprSyntaxError(i, 'invalid number exponent')
    return i
  }

  private string(start: number, quote: number): Token {
    const { text, end } = this
    let out = ''
    let from = start + 1
    let i = from
    while (i < end) {
      const c = text.charCodeAt(i)
      if (c === quote) return this.token(Tok.Str, out + text.slice(from, i), start, i + 1)
      if (c === 92) {
        out += text.slice(from, i)
        const [value, next] = this.escape(i)
        out += value
        i = from = next
      } else i++
    }
    throw new ExprSyntaxError(start, 'unterminated string')
  }

  /** The escape at `i` (a backslash): its value and the offset after it. */
  private escape(i: number): [string, number] {
    const { text } = this
    const ch = text[i + 1]
    if (ch === undefined || i + 1 >= this.end) throw new ExprSyntaxError(i, 'unterminated string')
    switch (ch) {
      case 'n': return ['\n', i + 2]
      case 't': return ['\t', i + 2]
      case 'r': return ['\r', i + 2]
      case 'b': return ['\b', i + 2]
      case 'f': return ['\f', i + 2]
      case 'v': return ['\v', i + 2]
      case '0': return isDigit(text.charCodeAt(i + 2)) ? ['0', i + 2] : ['\0', i + 2]
      case 'x': return [String.fromCharCode(this.hex(i, i + 2, 2)), i + 4]
      case 'u': return this.unicode(i)
      case '\r': return ['', text[i + 2] === '\n' ? i + 3 : i + 2]
      case '\n': case '\u2028': case '\u2029': return ['', i + 2]
      default: return [ch, i + 2]
    } // prettier-ignore
  }

  private unicode(i: number): [string, number] {
    const { text } = this
    if (text[i + 2] !== '{') return [String.fromCharCode(this.hex(i, i + 2, 4)), i + 6]
    const close = text.indexOf('}', i + 3)
    const n = close < 0 || close >= this.end ? -1 : close - (i + 3)
    const code = n > 0 && n <= 6 ? this.hex(i, i + 3, n) : -1
    if (code < 0 || code > 0x10ffff) throw new ExprSyntaxError(i, 'invalid unicode escape')
    return [String.fromCodePoint(code), close + 1]
  }

  private hex(escape: number, from: number, n: number): number {
    let v = 0
    for (let j = from; j < from + n; j++) {
      const c = this.text.charCodeAt(j)
      if (j >= this.end || !isHex(c)) throw new ExprSyntaxError(escape, 'invalid escape sequence')
      v = v * 16 + parseInt(this.text[j]!, 16)
    }
    return v
  }
}

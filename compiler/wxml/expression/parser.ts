// Recursive-descent parser for WXML expressions, with one binary-precedence loop. Operators and
// their levels follow the WeChat expression reference (reference/wxml/expression): `??` shares a
// level with `||`; `in`, `**`, `?.`, assignment, `new`, functions and regular expressions are
// not part of the language. `this` is an ordinary data name, as in glass-easel.

import type {
  BinaryOperator,
  Expression,
  ObjectLiteral,
  Property,
  Spread,
  UnaryOperator,
} from './ast.ts'
import { ExprSyntaxError, Lexer, Tok, type Token } from './lexer.ts'

const BINARY: Record<string, number> = {
  '??': 1, '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5,
  '==': 6, '!=': 6, '===': 6, '!==': 6,
  '<': 7, '>': 7, '<=': 7, '>=': 7, instanceof: 7,
  '<<': 8, '>>': 8, '>>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
} // prettier-ignore

const MAX_DEPTH = 200

const UNARY = new Set(['!', '~', '+', '-', 'typeof', 'void'])

/** Operator words that cannot be a data name. Every other JavaScript keyword is a data name in
 *  WXML (`for="{{for}}"` ships in tdesign; glass-easel-template-compiler accepts `{{class}}`,
 *  `{{new}}`, `{{if}}`…), so `new A()` fails as "unexpected" rather than by keyword. */
const RESERVED = new Set(['instanceof', 'typeof', 'void'])

const KEYWORDS = new Map<string, boolean | null | undefined>([
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', undefined],
])

export class Parser {
  private lexer: Lexer
  private tok: Token

  constructor(text: string, start: number, end: number) {
    this.lexer = new Lexer(text, start, end)
    this.tok = this.lexer.next()
  }

  /** A whole mustache body: an expression, or an object literal written without braces
   *  (`{{ a: 1, b }}`, `{{ ...x }}`), which glass-easel accepts everywhere. */
  mustache(): Expression {
    const e = this.startsBareObject() ? this.objectBody(this.tok.start, 'End') : this.expression()
    this.expectEnd()
    return e
  }

  /** `data` of <template is>: always an object body (`{{item}}` is `{item}`), unless the
   *  body is itself a braced expression (`{{ {a: 1} }}`). */
  templateData(): Expression {
    const braced = this.isPunct('{')
    const e = braced ? this.expression() : this.objectBody(this.tok.start, 'End')
    this.expectEnd()
    return e
  }

  /** A plain expression and nothing after it. */
  expressionOnly(): Expression {
    const e = this.expression()
    this.expectEnd()
    return e
  }

  private startsBareObject(): boolean {
    if (this.isPunct('...')) return true
    const first = this.tok
    if (first.kind !== Tok.Name && first.kind !== Tok.Str && first.kind !== Tok.Num) return false
    // Peek at the next character instead of lexing a token: a `:` right after a name, string
    // or number only occurs in an object body (a ternary's `:` follows `?` and its branch).
    const next = this.lexer.peekChar(first.end)
    return next === 58 || (next === 44 && first.kind === Tok.Name)
  }

  private expectEnd(): void {
    if (this.tok.kind !== Tok.End) throw this.unexpected()
  }

  private advance(): Token {
    const t = this.tok
    this.tok = this.lexer.next()
    return t
  }

  private isPunct(p: string): boolean {
    return this.tok.kind === Tok.Punct && this.tok.value === p
  }

  private eat(p: string): Token {
    if (!this.isPunct(p)) throw this.unexpected(`expected "${p}"`)
    return this.advance()
  }

  private unexpected(expected?: string): ExprSyntaxError {
    const t = this.tok
    const what =
      t.kind === Tok.End ? 'end of expression' : `"${this.lexer.text.slice(t.start, t.end)}"`
    return new ExprSyntaxError(t.start, `unexpected ${what}${expected ? `, ${expected}` : ''}`)
  }

  /** Nesting depth of sub-expressions: compiled code nested thousands deep would not load. */
  private depth = 0

  expression(): Expression {
    if (++this.depth > MAX_DEPTH) throw this.tooDeep()
    try {
      return this.conditional()
    } finally {
      this.depth--
    }
  }

  private tooDeep(): ExprSyntaxError {
    return new ExprSyntaxError(
      this.tok.start,
      `expression nested too deeply (over ${MAX_DEPTH} levels)`,
    )
  }

  private conditional(): Expression {
    const test = this.binary(1)
    if (!this.isPunct('?')) return test
    this.advance()
    const consequent = this.expression()
    this.eat(':')
    const alternate = this.expression()
    return {
      type: 'Conditional',
      test,
      consequent,
      alternate,
      start: test.start,
      end: alternate.end,
    }
  }

  private binaryOp(): string | null {
    const t = this.tok
    if (t.kind === Tok.Punct || (t.kind === Tok.Name && t.value === 'instanceof')) {
      const op = t.value as string
      return Object.hasOwn(BINARY, op) ? op : null
    }
    return null
  }

  /** Left-associative precedence climbing over the levels in BINARY. */
  private binary(min: number): Expression {
    let left = this.unary()
    for (;;) {
      const op = this.binaryOp()
      const level = op === null ? 0 : BINARY[op]!
      if (level < min || op === null) return left
      this.advance()
      const right = this.binary(level + 1)
      left = {
        type: 'Binary',
        op: op as BinaryOperator,
        left,
        right,
        start: left.start,
        end: right.end,
      }
    }
  }

  private unary(): Expression {
    const t = this.tok
    const isOp = t.kind === Tok.Punct || t.kind === Tok.Name
    if (isOp && UNARY.has(t.value as string)) {
      this.advance()
      if (++this.depth > MAX_DEPTH) throw this.tooDeep()
      const arg = this.unary()
      this.depth--
      return { type: 'Unary', op: t.value as UnaryOperator, arg, start: t.start, end: arg.end }
    }
    return this.postfix(this.primary())
  }

  private postfix(e: Expression): Expression {
    for (;;) {
      if (this.isPunct('.')) {
        this.advance()
        const name = this.tok
        if (name.kind !== Tok.Name) throw this.unexpected('expected a property name')
        this.advance()
        const property: Expression = {
          type: 'Literal',
          value: name.value,
          start: name.start,
          end: name.end,
        }
        e = { type: 'Member', object: e, property, computed: false, start: e.start, end: name.end }
      } else if (this.isPunct('[')) {
        this.advance()
        const property = this.expression()
        const close = this.eat(']')
        e = { type: 'Member', object: e, property, computed: true, start: e.start, end: close.end }
      } else if (this.isPunct('(')) {
        this.advance()
        const args = this.args()
        const close = this.eat(')')
        e = { type: 'Call', callee: e, args, start: e.start, end: close.end }
      } else return e
    }
  }

  /** Call arguments up to `)` (not consumed); a trailing comma is allowed. */
  private args(): Expression[] {
    const out: Expression[] = []
    while (!this.isPunct(')')) {
      out.push(this.expression())
      if (!this.isPunct(',')) break
      this.advance()
    }
    return out
  }

  private primary(): Expression {
    const t = this.tok
    switch (t.kind) {
      case Tok.Num:
      case Tok.Str:
        this.advance()
        return { type: 'Literal', value: t.value, start: t.start, end: t.end }
      case Tok.Name:
        return this.name(this.advance())
      case Tok.Punct:
        if (t.value === '(') {
          this.advance()
          const e = this.expression()
          this.eat(')')
          return e
        }
        if (t.value === '[') return this.array()
        if (t.value === '{') {
          this.advance()
          return this.objectBody(t.start, '}')
        }
        if (t.value === '/')
          throw new ExprSyntaxError(t.start, 'regular expressions are not supported')
    }
    throw this.unexpected()
  }

  private name(t: Token): Expression {
    const name = t.value as string
    if (KEYWORDS.has(name))
      return { type: 'Literal', value: KEYWORDS.get(name), start: t.start, end: t.end }
    if (RESERVED.has(name))
      throw new ExprSyntaxError(t.start, `"${name}" is not allowed in an expression`)
    return { type: 'Identifier', name, start: t.start, end: t.end }
  }

  private array(): Expression {
    const open = this.advance()
    const elements: Array<Expression | Spread | null> = []
    while (!this.isPunct(']')) {
      if (this.isPunct(',')) {
        this.advance()
        elements.push(null)
        continue
      }
      elements.push(this.isPunct('...') ? this.spread() : this.expression())
      if (!this.isPunct(',')) break
      this.advance()
    }
    const close = this.eat(']')
    return { type: 'Array', elements, start: open.start, end: close.end }
  }

  private spread(): Spread {
    const dots = this.advance()
    const arg = this.expression()
    return { type: 'Spread', arg, start: dots.start, end: arg.end }
  }

  /** Properties up to `close` ('}' consumed, or the end of the mustache). */
  private objectBody(start: number, close: '}' | 'End'): ObjectLiteral {
    const props: Array<Property | Spread> = []
    while (!this.atClose(close)) {
      props.push(this.isPunct('...') ? this.spread() : this.property())
      if (!this.isPunct(',')) break
      this.advance()
    }
    if (!this.atClose(close))
      throw this.unexpected(close === '}' ? 'expected "," or "}"' : 'expected ","')
    const end = close === '}' ? this.advance().end : this.tok.start
    return { type: 'Object', props, start, end }
  }

  private atClose(close: '}' | 'End'): boolean {
    return close === '}' ? this.isPunct('}') : this.tok.kind === Tok.End
  }

  private property(): Property {
    const key = this.tok
    if (key.kind !== Tok.Name && key.kind !== Tok.Str && key.kind !== Tok.Num) {
      throw this.unexpected('expected a property name')
    }
    this.advance()
    const name = String(key.value)
    if (!this.isPunct(':')) {
      if (key.kind !== Tok.Name || KEYWORDS.has(name)) {
        throw new ExprSyntaxError(key.end, `expected ":" after "${name}"`)
      }
      const value = this.name(key)
      return { type: 'Property', key: name, value, shorthand: true, start: key.start, end: key.end }
    }
    this.advance()
    const value = this.expression()
    return {
      type: 'Property',
      key: name,
      value,
      shorthand: false,
      start: key.start,
      end: value.end,
    }
  }
}

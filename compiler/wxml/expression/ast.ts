// The syntax tree of a WXML `{{ }}` expression. Offsets (`start`, `end`) index the text the
// parser was given (an attribute value or a text node), so errors can point at the source file.

export type Expression =
  Literal | Identifier | Member | Call | Unary | Binary | Conditional | ArrayLiteral | ObjectLiteral

interface Span {
  start: number
  end: number
}

export interface Literal extends Span {
  type: 'Literal'
  value: string | number | boolean | null | undefined
}

/** A name: a data field or wx:for variable, or a WXS module name. */
export interface Identifier extends Span {
  type: 'Identifier'
  name: string
}

/** `object.name` (property is a string Literal, computed false) or `object[expr]`. */
export interface Member extends Span {
  type: 'Member'
  object: Expression
  property: Expression
  computed: boolean
}

export interface Call extends Span {
  type: 'Call'
  callee: Expression
  args: Expression[]
}

export type UnaryOperator = '!' | '~' | '+' | '-' | 'typeof' | 'void'

export interface Unary extends Span {
  type: 'Unary'
  op: UnaryOperator
  arg: Expression
}

export type BinaryOperator =
  | '??'
  | '||'
  | '&&'
  | '|'
  | '^'
  | '&'
  | '=='
  | '!='
  | '==='
  | '!=='
  | '<'
  | '>'
  | '<='
  | '>='
  | 'instanceof'
  | '<<'
  | '>>'
  | '>>>'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'

export interface Binary extends Span {
  type: 'Binary'
  op: BinaryOperator
  left: Expression
  right: Expression
}

export interface Conditional extends Span {
  type: 'Conditional'
  test: Expression
  consequent: Expression
  alternate: Expression
}

export interface Spread extends Span {
  type: 'Spread'
  arg: Expression
}

export interface ArrayLiteral extends Span {
  type: 'Array'
  /** `null` is a hole (`[1, , 2]`). */
  elements: Array<Expression | Spread | null>
}

export interface Property extends Span {
  type: 'Property'
  key: string
  value: Expression
  shorthand: boolean
}

export interface ObjectLiteral extends Span {
  type: 'Object'
  props: Array<Property | Spread>
}

// Random WXML expressions: mostly well-formed (from a small grammar of the expression language),
// some from a soup of its tokens, plus names that are JavaScript keywords and odd literals.

import type { Rng } from './prng.ts'

const NAMES = ['a', 'b', 'item', 'index', 'list', 'user', 'show', '_', 'utils', '$x', 'this']
/** Rare on purpose: names and numbers some engines refuse, which would end most inputs early. */
const ODD = ['for', 'class', 'new', '1_000', '0b101', '0o7', '1n', '\u0061']
const KEYS = ['length', 'name', 'id', 'x', 'constructor', '__proto__', 'if', 'class', 'for']
const BINARY = [
  '+', '-', '*', '/', '%', '==', '!=', '===', '!==', '<', '>', '<=', '>=', '&&', '||', '??',
  '&', '|', '^', '<<', '>>', '>>>', 'instanceof',
] // prettier-ignore
const UNARY = ['!', '-', '+', '~', 'typeof ', 'void ', '!!']
const STRINGS = [
  "'x'", '"y"', "''", "'a\\'b'", '"\\u0041\\n"', "'{{'", "'}}'", '"<view>"', "'&amp;'", "'\\\\'",
] // prettier-ignore
const NUMBERS = ['0', '1', '42', '3.14', '.5', '1e3', '0x1F', '08', '-0', '1.']

export function expression(rng: Rng, depth = 0): string {
  if (depth > 3 || rng.chance(0.3)) return atom(rng)
  switch (rng.int(9)) {
    case 0:
      return `${expression(rng, depth + 1)} ${rng.pick(BINARY)} ${expression(rng, depth + 1)}`
    case 1:
      return `${rng.pick(UNARY)}${expression(rng, depth + 1)}`
    case 2:
      return `${expression(rng, depth + 1)} ? ${expression(rng, depth + 1)} : ${expression(rng, depth + 1)}`
    case 3:
      return `${member(rng, depth)}`
    case 4:
      return `${member(rng, depth)}(${list(rng, depth)})`
    case 5:
      return `[${list(rng, depth, true)}]`
    case 6:
      return `{${props(rng, depth)}}`
    case 7:
      return `(${expression(rng, depth + 1)})`
    default:
      return atom(rng)
  }
}

function atom(rng: Rng): string {
  if (rng.chance(rng.bad / 20)) return rng.pick(ODD)
  switch (rng.int(6)) {
    case 0:
      return rng.pick(STRINGS)
    case 1:
      return rng.pick(NUMBERS)
    case 2:
      return rng.pick(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity'])
    default:
      return rng.pick(NAMES)
  }
}

function member(rng: Rng, depth: number): string {
  let out = rng.pick(NAMES)
  for (let n = rng.int(4); n > 0; n--) {
    if (rng.chance(0.6)) out += `.${rng.pick(KEYS)}`
    else out += `[${rng.chance(0.3) ? rng.pick(['0', "'a b'", '-1']) : expression(rng, depth + 2)}]`
  }
  return out
}

/** Call arguments, or array items (`inArray`: with holes and spreads). */
function list(rng: Rng, depth: number, holes = false): string {
  const items: string[] = []
  for (let n = rng.int(4); n > 0; n--) {
    if (holes && rng.chance(0.1)) items.push('')
    else if (holes && rng.chance(0.15)) items.push(`...${expression(rng, depth + 1)}`)
    else items.push(expression(rng, depth + 1))
  }
  return items.join(', ') + (items.length && rng.chance(0.1) ? ',' : '')
}

function props(rng: Rng, depth: number): string {
  const items: string[] = []
  for (let n = rng.int(4); n > 0; n--) {
    const r = rng.int(5)
    if (r === 0) items.push(`...${expression(rng, depth + 1)}`)
    else if (r === 1) items.push(rng.pick(NAMES))
    else {
      const key = rng.pick([...KEYS, "'quoted key'", '"k"', '1'])
      items.push(`${key}: ${expression(rng, depth + 1)}`)
    }
  }
  return items.join(', ')
}

const SOUP = [
  'a', '.', '[', ']', '(', ')', '{', '}', ',', ':', '?', '...', '+', '-', '!', '=', '==', '=>',
  "'", '"', '`', '\\', '1', '.5', 'x', ' ', '&&', '||', '/', '/*', '//', '\n', '#', '@', '中',
  'new', 'in', 'typeof', 'function', 'this', '$', '\u2028', '\t', ';',
] // prettier-ignore

/** A string of expression tokens with no grammar at all. */
export function tokenSoup(rng: Rng): string {
  let out = ''
  for (let n = rng.range(1, 12); n > 0; n--) out += rng.pick(SOUP)
  return out
}

/** A grammar expression, token soup, or a truncated grammar expression. */
export function anyExpression(rng: Rng): string {
  const r = rng.int(10)
  if (r < 5) return expression(rng)
  if (r < 7) return tokenSoup(rng)
  const e = expression(rng)
  return e.slice(0, rng.int(e.length + 1))
}

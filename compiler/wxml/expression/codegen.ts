// Expression tree → JavaScript source over `s` (the scope) and `R` (RenderHelpers, see
// runtime/view/template/ir.ts). Every name becomes `R.v(s, 'name', …segments)` or, for a WXS
// module of the file, `R.x(s, 'name')`; reads and calls on computed values go through `R.m`,
// `R.c` and `R.f`. The output has no free identifier besides `s` and `R`, so it cannot reach a
// global. Every operator is parenthesised, so precedence never depends on the output's layout.

import type { ArrayLiteral, Expression, Literal, Member, ObjectLiteral } from './ast.ts'

export function generate(e: Expression, wxsNames: ReadonlySet<string>): string {
  return gen(e, wxsNames)
}

const str = (value: string): string => JSON.stringify(value)

function gen(e: Expression, wxs: ReadonlySet<string>): string {
  switch (e.type) {
    case 'Literal':
      return literal(e.value)
    case 'Identifier':
      return wxs.has(e.name) ? `R.x(s,${str(e.name)})` : `R.v(s,${str(e.name)})`
    case 'Member':
      return member(e, wxs)
    case 'Call': {
      const args = `[${e.args.map((a) => gen(a, wxs)).join(',')}]`
      if (e.callee.type !== 'Member') return `R.f(${gen(e.callee, wxs)},${args})`
      return `R.c(${gen(e.callee.object, wxs)},${key(e.callee, wxs)},${args})`
    }
    case 'Unary':
      return e.op === 'typeof' || e.op === 'void'
        ? `(${e.op} ${gen(e.arg, wxs)})`
        : `(${e.op}${gen(e.arg, wxs)})`
    case 'Binary':
      if (e.op === 'instanceof') return instanceOf(gen(e.left, wxs), gen(e.right, wxs))
      return `(${gen(e.left, wxs)}${e.op}${gen(e.right, wxs)})`
    case 'Conditional':
      return `(${gen(e.test, wxs)}?${gen(e.consequent, wxs)}:${gen(e.alternate, wxs)})`
    case 'Array':
      return array(e, wxs)
    case 'Object':
      return object(e, wxs)
  }
}

function literal(value: string | number | boolean | null | undefined): string {
  if (value === undefined) return 'void 0'
  if (typeof value === 'string') return str(value)
  // Literals are never negative (unary minus is an operator); NaN/Infinity cannot be written.
  return String(value)
}

function key(m: Member, wxs: ReadonlySet<string>): string {
  return m.computed ? gen(m.property, wxs) : str((m.property as Literal).value as string)
}

/** `a.b[c].d` as one `R.v(s,'a','b',<c>,'d')` when the chain starts at a data name. */
function member(m: Member, wxs: ReadonlySet<string>): string {
  const segs: string[] = []
  let e: Expression = m
  while (e.type === 'Member') {
    segs.push(key(e, wxs))
    e = e.object
  }
  if (e.type === 'Identifier' && !wxs.has(e.name)) {
    return `R.v(s,${str(e.name)},${segs.reverse().join(',')})`
  }
  return `R.m(${gen(m.object, wxs)},${key(m, wxs)})`
}

/** `instanceof` throws in JavaScript when the right side is not callable; here it is false. */
function instanceOf(left: string, right: string): string {
  return `((a,b)=>{try{return a instanceof b}catch(e){return false}})(${left},${right})`
}

/** With spreads, `[].concat(…)` as glass-easel does: a non-array spread adds itself. */
function array(e: ArrayLiteral, wxs: ReadonlySet<string>): string {
  if (!e.elements.some((x) => x?.type === 'Spread')) {
    const items = e.elements.map((x) => (x === null ? '' : gen(x as Expression, wxs)))
    // A trailing hole needs its own comma: `[1,,]` has two elements.
    return `[${items.join(',')}${items.length > 0 && items[items.length - 1] === '' ? ',' : ''}]`
  }
  const groups: string[] = []
  let run: string[] = []
  for (const x of e.elements) {
    if (x?.type === 'Spread') {
      groups.push(`[${run.join(',')}]`, gen(x.arg, wxs))
      run = []
    } else run.push(x === null ? 'void 0' : gen(x, wxs))
  }
  groups.push(`[${run.join(',')}]`)
  return `[].concat(${groups.join(',')})`
}

/** Keys are quoted; `__proto__` is computed so it makes an own property, not a prototype. */
function object(e: ObjectLiteral, wxs: ReadonlySet<string>): string {
  const props = e.props.map((p) => {
    if (p.type === 'Spread') return `...${gen(p.arg, wxs)}`
    const k = p.key === '__proto__' ? `[${str(p.key)}]` : str(p.key)
    return `${k}:${gen(p.value, wxs)}`
  })
  return `({${props.join(',')}})`
}

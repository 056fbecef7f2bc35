// What every compile must satisfy, whatever the input: errors located inside the input with a
// code frame, and generated code that is valid JavaScript whose closures run. Each check returns
// a list of problems (empty when fine) so a test can print them with the input that caused them.

import { locationAt } from '../../compiler/errors.ts'
import type { CompileError } from '../../compiler/errors.ts'
import type { RenderHelpers } from '../../runtime/view/template/ir.ts'

/** Problems with the errors reported for `source` (the file compiled as `file`). `readOther`
 *  gives the text of other files an error may point into (includes, imports). */
export function checkErrors(
  errors: readonly CompileError[],
  file: string,
  source: string,
  readOther: (file: string) => string | undefined = () => undefined,
): string[] {
  const problems: string[] = []
  for (const e of errors) {
    const { loc } = e
    const where = `${e.code} ${loc?.file}:${loc?.line}:${loc?.column}`
    const text = loc?.file === file ? source : readOther(loc?.file ?? '')
    if (!loc || !loc.file) problems.push(`${where}: error without a file`)
    else if (text === undefined) problems.push(`${where}: error in unknown file`)
    else {
      // Lines are counted at \n, as locationAt counts them.
      const lines = text.split('\n')
      const lineText = lines[loc.line - 1]
      if (!(loc.line >= 1) || lineText === undefined)
        problems.push(`${where}: line outside the input (${lines.length} lines)`)
      else if (!(loc.column >= 1) || loc.column > lineText.length + 1)
        problems.push(`${where}: column outside line ${loc.line} (${lineText.length} chars)`)
      else if (!(loc.offset >= 0) || loc.offset > text.length)
        problems.push(`${where}: offset ${loc.offset} outside the input (${text.length})`)
      else {
        const at = locationAt(loc.file, text, loc.offset)
        if (at.line !== loc.line || at.column !== loc.column)
          problems.push(`${where}: offset ${loc.offset} is at ${at.line}:${at.column}`)
      }
    }
    if (typeof e.frame !== 'string' || e.frame.trim() === '') problems.push(`${where}: no frame`)
    if (typeof e.message !== 'string' || e.message === '') problems.push(`${where}: no message`)
  }
  return problems
}

/** Helpers that answer every call with `undefined`: enough to run any compiled expression. */
export const dummyR: RenderHelpers = {
  v: () => undefined,
  x: () => undefined,
  m: () => undefined,
  c: () => undefined,
  f: () => undefined,
  t: (parts) => parts.map((p) => (p == null ? '' : String(p))).join(''),
}

const dummyScope = Object.freeze({ __scope: true as const })

/** Turns `function (R) { … }` source into a function (`new Function`) and runs it as
 *  `evaluateFactory` does. Returns a problem description, or null when all of that ran. */
export function evaluateTemplate(code: string): string | null {
  let factory: unknown
  try {
    factory = new Function(`return (${code})`)()
  } catch (e) {
    return `generated code is not valid JavaScript: ${String(e)}`
  }
  return evaluateFactory(factory)
}

/** Calls a template factory with `dummyR`, then every closure in the tree it returns (the
 *  compiled expressions) with a dummy scope. Returns a problem description, or null. */
export function evaluateFactory(factory: unknown): string | null {
  if (typeof factory !== 'function') return `generated code is a ${typeof factory}, not a function`
  let module: unknown
  try {
    module = (factory as (R: RenderHelpers) => unknown)(dummyR)
  } catch (e) {
    return `template factory threw: ${String(e)}`
  }
  if (typeof module !== 'object' || module === null) return 'template factory returned no module'
  const m = module as Record<string, unknown>
  if (!Array.isArray(m.root) || typeof m.templates !== 'object')
    return 'module lacks root or templates'
  try {
    callClosures(module, new Set())
  } catch (e) {
    return `a compiled expression threw: ${String(e)}`
  }
  return null
}

/** Calls every function found in the tree; returns how many there were. */
/** Iterative, so that a template nested thousands deep does not overflow the walk itself. */
function callClosures(root: unknown, seen: Set<unknown>): number {
  let n = 0
  const stack: unknown[] = [root]
  while (stack.length) {
    const value = stack.pop()
    if (typeof value === 'function') {
      ;(value as (s: unknown) => unknown)(dummyScope)
      n++
    } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value)
      stack.push(...Object.values(value))
    }
  }
  return n
}

/** Checks `function (module, exports, require, …) { … }` source (a compiled WXS module). */
export function checkWxsCode(code: string): string | null {
  try {
    const factory: unknown = new Function(`return (${code})`)()
    return typeof factory === 'function' ? null : `WXS code is a ${typeof factory}`
  } catch (e) {
    return `generated WXS code is not valid JavaScript: ${String(e)}`
  }
}

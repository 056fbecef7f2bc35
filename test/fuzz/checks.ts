// One fuzz input through one compiler, and every way that can go wrong: a throw, a hang, an
// error located outside the input or without a frame, output that is not valid JavaScript or
// CSS. Each check returns the problems found (empty when the input was handled well).

import postcss from 'postcss'
import type { CompileError } from '../../compiler/errors.ts'
import type { ProjectFiles } from '../../compiler/project/index.ts'
import { compileWxml } from '../../compiler/wxml/compile.ts'
import type { WxmlCompileResult, WxmlHost } from '../../compiler/wxml/compile.ts'
import { compileWxs } from '../../compiler/wxs/index.ts'
import { compileWxss } from '../../compiler/wxss/index.ts'
import type { WxssHost, WxssScope } from '../../compiler/wxss/index.ts'
import { checkErrors, checkWxsCode, evaluateTemplate } from './invariants.ts'

/** An input that takes longer than this to compile counts as a hang. Inputs are at most a few
 *  KB and compile in well under 10 ms, so only runaway work (a loop, exponential backtracking)
 *  gets near this; it is not a speed target, which belongs to the benchmarks. */
export const HANG_MS = 2000

export interface Outcome {
  problems: string[]
  /** Errors reported (warnings not counted). */
  errors: number
  ms: number
}

/** Runs `compile` and times it; a slow run is timed again so a GC pause is not a hang. */
function timed<T>(compile: () => T): { value: T; ms: number } | { thrown: unknown } {
  for (let attempt = 0; ; attempt++) {
    const t0 = performance.now()
    let value: T
    try {
      value = compile()
    } catch (thrown) {
      return { thrown }
    }
    const ms = performance.now() - t0
    if (ms <= HANG_MS || attempt === 1) return { value, ms }
  }
}

const describeThrow = (e: unknown) =>
  `threw ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e)}`

/** `read` gives the text of files other than the input (for errors inside includes). */
export function checkWxml(
  file: string,
  source: string,
  files: ProjectFiles,
  host: WxmlHost,
): Outcome {
  const errors: CompileError[] = []
  const run = timed(() => compileWxml({ file, source, host, onError: (e) => errors.push(e) }))
  if ('thrown' in run) return { problems: [describeThrow(run.thrown)], errors: 0, ms: 0 }
  const problems = checkErrors(errors, file, source, readOther(files))
  if (run.ms > HANG_MS) problems.push(`hang: compileWxml took ${run.ms.toFixed(0)} ms`)
  const bad = evaluateTemplate(run.value.code)
  if (bad) problems.push(errors.length ? `${bad} [after ${errors.length} errors]` : bad)
  problems.push(...checkInlineWxs(file, source, run.value))
  return { problems, errors: errors.filter((e) => e.severity === 'error').length, ms: run.ms }
}

/** Inline <wxs> bodies compile with errors located in the .wxml file. */
function checkInlineWxs(file: string, source: string, result: WxmlCompileResult): string[] {
  const problems: string[] = []
  for (const w of result.inlineWxs) {
    const errors: CompileError[] = []
    const src = {
      id: w.id,
      file,
      fileSource: source,
      code: w.source,
      line: w.line,
      column: w.column,
    }
    const run = timed(() =>
      compileWxs(
        src,
        () => null,
        (e) => errors.push(e),
      ),
    )
    if ('thrown' in run) {
      problems.push(`inline wxs: ${describeThrow(run.thrown)}`)
      continue
    }
    problems.push(...checkErrors(errors, file, source).map((p) => `inline wxs: ${p}`))
    const bad = run.value ? checkWxsCode(run.value.code) : null
    if (bad) problems.push(`inline wxs: ${bad}`)
  }
  return problems
}

export function checkWxs(
  file: string,
  source: string,
  resolve: (from: string, request: string) => string | null,
): Outcome {
  const errors: CompileError[] = []
  const src = { id: file, file, fileSource: source, code: source }
  const run = timed(() => compileWxs(src, resolve, (e) => errors.push(e)))
  if ('thrown' in run) return { problems: [describeThrow(run.thrown)], errors: 0, ms: 0 }
  const problems = checkErrors(errors, file, source)
  if (run.ms > HANG_MS) problems.push(`hang: compileWxs took ${run.ms.toFixed(0)} ms`)
  if (!run.value && !errors.some((e) => e.severity === 'error'))
    problems.push('compileWxs returned null without reporting an error')
  const bad = run.value ? checkWxsCode(run.value.code) : null
  if (bad) problems.push(bad)
  return { problems, errors: errors.filter((e) => e.severity === 'error').length, ms: run.ms }
}

export function checkWxss(
  file: string,
  source: string,
  files: ProjectFiles,
  host: WxssHost,
  scope: WxssScope,
): Outcome {
  const errors: CompileError[] = []
  const onError = (e: CompileError) => errors.push(e)
  const run = timed(() => compileWxss({ file, source, host, scope, onError }))
  if ('thrown' in run) return { problems: [describeThrow(run.thrown)], errors: 0, ms: 0 }
  const problems = checkErrors(errors, file, source, readOther(files))
  if (run.ms > HANG_MS) problems.push(`hang: compileWxss took ${run.ms.toFixed(0)} ms`)
  const { chunks } = run.value
  if (!chunks.every((c) => typeof c === 'string' || Number.isFinite(c)))
    problems.push(`chunks hold something other than text and finite numbers`)
  const css = chunks.map(String).join('')
  if (css.includes('\0')) problems.push('output holds an rpx marker (NUL)')
  problems.push(...checkCss(css))
  return { problems, errors: errors.filter((e) => e.severity === 'error').length, ms: run.ms }
}

/** Output CSS must parse, and hold no declaration outside a rule: a browser reads a stray
 *  `color: red;` as the start of the next rule's selector and drops that rule (wcsc, the
 *  platform's WXSS compiler, rejects it: "unexpected token `;`"). */
function checkCss(css: string): string[] {
  try {
    const root = postcss.parse(css)
    const stray = root.nodes.find((n) => n.type === 'decl')
    return stray ? [`output has a declaration outside any rule: ${stray.toString()}`] : []
  } catch (e) {
    return [`output is not valid CSS: ${e instanceof Error ? e.message : String(e)}`]
  }
}

const readOther = (files: ProjectFiles) => (file: string) => files.read(file) ?? undefined

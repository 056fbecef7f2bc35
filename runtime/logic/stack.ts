// Maps stack traces of app code back to the original files. The bundle runs as a function whose
// source carries `//# sourceURL=<bundleUrl>`, so engines name it in stack frames; each frame
// `<bundleUrl>:line:col` is looked up in the bundle's source map.

import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping'
import type { SourceLocation } from '../../bridge/protocol.ts'

export class StackMapper {
  private map: TraceMap | null
  private readonly pattern: RegExp

  /**
   * @param lineOffset lines the engine adds before the bundle's first line (the `Function`
   *   constructor's header), measured by {@link probeLineOffset}.
   */
  constructor(
    readonly bundleUrl: string,
    rawMap: unknown,
    private readonly lineOffset: number,
  ) {
    this.map = rawMap ? new TraceMap(rawMap as ConstructorParameters<typeof TraceMap>[0]) : null
    const url = bundleUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    this.pattern = new RegExp(`${url}:(\\d+):(\\d+)`, 'g')
  }

  /** The stack with every bundle position replaced by `file:line:column` (1-based column). */
  mapStack(stack: string): string {
    return stack.replace(this.pattern, (whole, line: string, column: string) => {
      const pos = this.position(Number(line), Number(column))
      return pos ? `${pos.source}:${pos.line}:${pos.column}` : whole
    })
  }

  /** The first frame of `stack` (an unmapped one) in app code: its original position, or
   *  the bundle's own (header lines removed) when there is no source map. */
  firstLocation(stack: string): SourceLocation | null {
    for (const [, line, column] of stack.matchAll(this.pattern)) {
      const [l, c] = [Number(line), Number(column)]
      if (!this.map) {
        const bundleLine = l - this.lineOffset
        if (bundleLine >= 1) return { file: this.bundleUrl, line: bundleLine, column: c }
        continue
      }
      const pos = this.position(l, c)
      if (pos) return { file: pos.source, line: pos.line, column: pos.column }
    }
    return null
  }

  /** Original position of a 1-based bundle line/column as engines report them. */
  position(line: number, column: number): { source: string; line: number; column: number } | null {
    if (!this.map) return null
    const bundleLine = line - this.lineOffset
    if (bundleLine < 1) return null
    const hit = originalPositionFor(this.map, { line: bundleLine, column: column - 1 })
    if (hit.source === null || hit.line === null || hit.column === null) return null
    return { source: hit.source, line: hit.line, column: hit.column + 1 }
  }
}

/** How many lines the `Function` constructor puts before the body, in this engine. */
export function probeLineOffset(url: string): number {
  try {
    new Function(`throw new Error('probe')\n//# sourceURL=${url}`)()
  } catch (e) {
    const stack = e instanceof Error ? (e.stack ?? '') : ''
    const match = stack.match(new RegExp(`${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):`))
    if (match) return Number(match[1]) - 1
  }
  return 2 // V8's `function anonymous(\n) {\n` header
}

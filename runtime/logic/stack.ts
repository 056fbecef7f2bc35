// Maps stack traces of app code back to the original files. Each bundle (the main package's,
// then each subpackage's as it loads) runs as a function whose source carries
// `//# sourceURL=<bundleUrl>`, so engines name it in stack frames; each frame
// `<bundleUrl>:line:col` is looked up in that bundle's source map.

import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping'
import type { SourceLocation } from '../../bridge/protocol.ts'

export class StackMapper {
  private readonly maps = new Map<string, TraceMap | null>()
  private pattern: RegExp = /$^/g

  /**
   * @param lineOffset lines the engine adds before the bundle's first line (the `Function`
   *   constructor's header), measured by {@link probeLineOffset}.
   */
  constructor(
    readonly bundleUrl: string,
    rawMap: unknown,
    private readonly lineOffset: number,
  ) {
    this.addBundle(bundleUrl, rawMap)
  }

  /** Another bundle run on the same thread (a subpackage's), with its own map. */
  addBundle(url: string, rawMap: unknown): void {
    this.maps.set(
      url,
      rawMap ? new TraceMap(rawMap as ConstructorParameters<typeof TraceMap>[0]) : null,
    )
    // longest first: `logic.js` must not match inside `subpackages/a/logic.js`
    const urls = [...this.maps.keys()].sort((a, b) => b.length - a.length)
    const alternatives = urls.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
    this.pattern = new RegExp(`(${alternatives}):(\\d+):(\\d+)`, 'g')
  }

  /** The stack with every bundle position replaced by `file:line:column` (1-based column). */
  mapStack(stack: string): string {
    return stack.replace(this.pattern, (whole, url: string, line: string, column: string) => {
      const pos = this.position(Number(line), Number(column), url)
      return pos ? `${pos.source}:${pos.line}:${pos.column}` : whole
    })
  }

  /** The first frame of `stack` (an unmapped one) in app code: its original position, or
   *  the bundle's own (header lines removed) when there is no source map. */
  firstLocation(stack: string): SourceLocation | null {
    for (const [, url = '', line, column] of stack.matchAll(this.pattern)) {
      const [l, c] = [Number(line), Number(column)]
      if (!this.maps.get(url)) {
        const bundleLine = l - this.lineOffset
        if (bundleLine >= 1) return { file: url, line: bundleLine, column: c }
        continue
      }
      const pos = this.position(l, c, url)
      if (pos) return { file: pos.source, line: pos.line, column: pos.column }
    }
    return null
  }

  /** Original position of a 1-based line/column of a bundle (the main one unless `url` says)
   *  as engines report them. */
  position(
    line: number,
    column: number,
    url = this.bundleUrl,
  ): { source: string; line: number; column: number } | null {
    const map = this.maps.get(url)
    if (!map) return null
    const bundleLine = line - this.lineOffset
    if (bundleLine < 1) return null
    const hit = originalPositionFor(map, { line: bundleLine, column: column - 1 })
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

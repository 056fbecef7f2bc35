// One source map for the whole logic bundle. Every module's code starts at column 0 of its own
// line in the bundle, so composing is shifting each module's map down by the line it starts at.

import { GenMapping, addSegment, setSourceContent, toEncodedMap } from '@jridgewell/gen-mapping'
import type { EncodedSourceMap } from '@jridgewell/gen-mapping'
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping'

export class BundleMap {
  private readonly gen: GenMapping

  constructor(file: string) {
    this.gen = new GenMapping({ file })
  }

  /** Maps `code` (an unchanged copy of `file`) placed at bundle line `line` (0-based): a segment
   *  at the start of every run of non-space characters keeps columns exact enough for errors. */
  addIdentity(file: string, code: string, line: number, content: string): void {
    const lines = code.split('\n')
    const run = /\S+/g
    for (let n = 0; n < lines.length; n++) {
      const text = lines[n] ?? ''
      run.lastIndex = 0
      for (let m = run.exec(text); m; m = run.exec(text)) {
        addSegment(this.gen, line + n, m.index, file, n, m.index)
      }
    }
    setSourceContent(this.gen, file, content)
  }

  /** Adds a module's own map (from esbuild), shifted to bundle line `line`. */
  addMap(file: string, map: string, line: number, content: string): void {
    const traced = new TraceMap(map)
    const lines = decodedMappings(traced)
    for (let n = 0; n < lines.length; n++) {
      for (const seg of lines[n] ?? []) {
        if (seg.length < 4) continue
        addSegment(this.gen, line + n, seg[0], file, seg[2] as number, seg[3] as number)
      }
    }
    setSourceContent(this.gen, file, content)
  }

  toJSON(): EncodedSourceMap {
    return toEncodedMap(this.gen)
  }
}

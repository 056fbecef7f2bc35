// StackMapper with several bundles (the main package's and subpackages' as they load): each frame
// is looked up in the map of the bundle it names.

import { GenMapping, addSegment, toEncodedMap } from '@jridgewell/gen-mapping'
import { describe, expect, it } from 'vitest'
import { StackMapper } from '../stack.ts'

/** A map whose bundle line `line` (1-based) comes from line `sourceLine` of `source`. */
function mapOf(file: string, line: number, source: string, sourceLine: number) {
  const gen = new GenMapping({ file })
  addSegment(gen, line - 1, 0, source, sourceLine - 1, 0)
  return toEncodedMap(gen)
}

describe('StackMapper with subpackage bundles', () => {
  const mapper = new StackMapper('logic.js', mapOf('logic.js', 3, 'app.js', 1), 2)
  mapper.addBundle(
    'subpackages/packageA/logic.js',
    mapOf('subpackages/packageA/logic.js', 5, 'packageA/pages/cat/cat.js', 4),
  )

  it('maps a frame of a subpackage bundle with its own map, not the main one', () => {
    const stack =
      'Error: x\n    at boom (subpackages/packageA/logic.js:7:1)\n    at f (logic.js:5:1)'
    expect(mapper.firstLocation(stack)).toEqual({
      file: 'packageA/pages/cat/cat.js',
      line: 4,
      column: 1,
    })
    expect(mapper.mapStack(stack)).toBe(
      'Error: x\n    at boom (packageA/pages/cat/cat.js:4:1)\n    at f (app.js:1:1)',
    )
  })

  it('still maps the main bundle', () => {
    expect(mapper.firstLocation('    at f (logic.js:5:1)')).toEqual({
      file: 'app.js',
      line: 1,
      column: 1,
    })
  })
})

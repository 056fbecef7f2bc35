// The view coerces property values from templates by the logic thread's rule, so both threads
// hold the same value for a property.

import { expect, test } from 'vitest'
import type { ComponentDefinition } from '../../bridge/protocol.ts'
import { coerce, normalizeProperty } from '../../runtime/logic/component/properties.ts'
import { definitionForView } from '../../runtime/logic/component/view-definition.ts'
import { merge } from '../../runtime/logic/component/behaviors.ts'
import { normalizeOwn } from '../../runtime/logic/component/definition.ts'
import { coerceProperty } from '../../runtime/view/render/definitions.ts'

const specs = {
  s: String,
  n: Number,
  b: Boolean,
  a: Array,
  o: Object,
  either: { type: String, optionalTypes: [Number] },
  any: null,
}

test('view and logic agree on every type for awkward values', () => {
  const merged = merge('c', normalizeOwn('component', { properties: specs }), () => {})
  const def: ComponentDefinition = definitionForView(merged)
  const values = [undefined, null, 0, 7, 'x', '12', true, [1], { k: 1 }]
  for (const [name, spec] of Object.entries(specs)) {
    for (const value of values) {
      expect(coerceProperty(def, name, value), `${name} ← ${JSON.stringify(value)}`).toEqual(
        coerce(normalizeProperty(spec), value),
      )
    }
  }
})

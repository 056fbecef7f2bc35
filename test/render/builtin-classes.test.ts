// Classes a built-in puts on its own parts (placeholder-class, hover-class) are mapped into the
// style scope of the component that wrote them, as `class` is (found in the browser simulator:
// vant's field passes `placeholder-class="van-field__placeholder"`, whose rule is scoped to the
// field, and its placeholder took a line of its own above the input).

import { expect, test } from 'vitest'
import type { ComponentDefinition } from '../../bridge/protocol.ts'
import { startTestView } from '../support/view-port.ts'

const field: ComponentDefinition = {
  id: 'field',
  data: {},
  properties: {},
  externalClasses: [],
  options: {},
}

test('placeholder-class inside a component uses its scoped class names', () => {
  const { deliver, mount, dom } = startTestView(
    {
      'index.wxml': '<field />',
      'field.wxml':
        '<view id="ref" class="ph"></view><input placeholder="Name" placeholder-class="ph" />',
    },
    { field: 'field.wxml' },
  )
  deliver({ type: 'defineComponents', definitions: [field] })
  mount({})
  const doc = dom.window.document
  const scoped = doc.querySelector('#ref')!.className
  expect(scoped).toMatch(/--ph/)
  const placeholder = doc.querySelector('wx-input .wx-input-wrapper > div')!
  expect(placeholder.textContent).toBe('Name')
  expect(placeholder.className).toBe(scoped)
})

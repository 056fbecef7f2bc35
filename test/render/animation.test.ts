// The `animation` attribute: the view plays the exported steps as transitions on the inline
// style, one after another; a later `style` change keeps the animated values.

import { expect, it } from 'vitest'
import { createAnimation } from '../../runtime/logic/animation.ts'
import { renderWxml } from '../support/render.ts'

type Method =
  'height' | 'top' | 'step' | 'rotate' | 'translate' | 'scale' | 'opacity' | 'backgroundColor'
type Animation = { [name in Method]: (...args: unknown[]) => Animation } & { export(): unknown }

it('plays the steps in order and keeps the last state', async () => {
  const a = createAnimation({ duration: 0 }) as Animation
  a.height(20).rotate(30).step({ duration: 30 }).height('auto').scale(2).step()
  const r = renderWxml(
    {
      'index.wxml': `<view id="box" style="height: 0; color: {{c}}" animation="{{anim}}">x</view>`,
    },
    'index.wxml',
    { c: 'red', anim: {} },
  )
  expect(r.errors).toEqual([])
  const box = r.root.querySelector('#box') as HTMLElement
  expect(box.style.height).toBe('0px')
  r.setData({ anim: a.export() })
  expect(box.style.height).toBe('20px')
  expect(box.style.transform).toBe('rotate(30deg)')
  expect(box.style.transition).toBe('all 30ms linear 0ms')
  await new Promise((resolve) => setTimeout(resolve, 60))
  expect(box.style.height).toBe('auto')
  expect(box.style.transform).toBe('rotate(30deg) scale(2)')
  r.setData({ c: 'blue' })
  expect(box.style.color).toBe('blue')
  expect(box.style.height).toBe('auto')
  r.destroy()
})

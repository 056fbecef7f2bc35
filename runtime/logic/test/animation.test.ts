// wx.createAnimation's Animation object: steps with their options, lengths in px, export clears.

import { expect, it } from 'vitest'
import { createAnimation } from '../animation.ts'

type Method =
  'height' | 'top' | 'step' | 'rotate' | 'translate' | 'scale' | 'opacity' | 'backgroundColor'
type Animation = { [name in Method]: (...args: unknown[]) => Animation } & {
  export(): { actions: unknown[] }
}

it('records steps with the defaults or the step options, numbers as px', () => {
  const a = createAnimation({ duration: 0, timingFunction: 'ease-in-out' }) as Animation
  a.height(40).top(1).step({ duration: 300 }).height('auto').rotate(45).translate(10, '2rpx').step()
  expect(a.export()).toEqual({
    actions: [
      {
        animates: [
          { type: 'style', args: ['height', '40px'] },
          { type: 'style', args: ['top', '1px'] },
        ],
        option: {
          transition: { duration: 300, timingFunction: 'ease-in-out', delay: 0 },
          transformOrigin: '50% 50% 0',
        },
      },
      {
        animates: [
          { type: 'style', args: ['height', 'auto'] },
          { type: 'rotate', args: [45] },
          { type: 'translate', args: ['10px', '2rpx'] },
        ],
        option: {
          transition: { duration: 0, timingFunction: 'ease-in-out', delay: 0 },
          transformOrigin: '50% 50% 0',
        },
      },
    ],
  })
})

it('export clears the queue; defaults are 400ms linear', () => {
  const a = createAnimation(undefined) as Animation
  a.opacity(0.5).backgroundColor('red').step()
  expect(a.export().actions).toMatchObject([
    { option: { transition: { duration: 400, timingFunction: 'linear', delay: 0 } } },
  ])
  expect(a.export()).toEqual({ actions: [] })
})

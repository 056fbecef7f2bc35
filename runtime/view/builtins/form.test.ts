import { describe, expect, it } from 'vitest'
import { setup, tick } from './testing.ts'

const typeInto = (
  env: ReturnType<typeof setup>,
  control: HTMLInputElement | HTMLTextAreaElement,
  value: string,
  keyCode = 0,
) => {
  if (keyCode) control.dispatchEvent(new env.window.KeyboardEvent('keydown', { keyCode }))
  control.value = value
  env.fire(control, 'input')
}

describe('input', () => {
  it('renders a native input with value, placeholder and its class and style', () => {
    const { make } = setup()
    const { el } = make('input', {
      value: 'hi',
      placeholder: 'Name',
      'placeholder-class': 'ph',
      'placeholder-style': 'color: red',
    })
    const control = el.querySelector('input')!
    const ph = el.querySelector<HTMLElement>('.ph')!
    expect(control.value).toBe('hi')
    expect(ph.textContent).toBe('Name')
    expect(ph.style.color).toBe('red')
    expect(ph.hidden).toBe(true)
  })

  it('emits input { value, cursor, keyCode }', () => {
    const env = setup()
    const { el } = env.make('input')
    const control = el.querySelector('input')!
    typeInto(env, control, 'ab', 66)
    expect(env.details('input')).toEqual([{ value: 'ab', cursor: 2, keyCode: 66 }])
    expect(el.querySelector<HTMLElement>('.input-placeholder')!.hidden).toBe(true)
  })

  it('cuts input at maxlength, 140 by default and unlimited at -1', () => {
    const env = setup()
    const control = env.make('input').el.querySelector('input')!
    typeInto(env, control, 'x'.repeat(150))
    expect((env.details('input')[0]!.value as string).length).toBe(140)
    const free = env.make('input', { maxlength: -1 }).el.querySelector('input')!
    typeInto(env, free, 'x'.repeat(150))
    expect(free.value.length).toBe(150)
    const short = env.make('input', { maxlength: 3 }).el.querySelector('input')!
    typeInto(env, short, 'abcdef')
    expect(short.value).toBe('abc')
  })

  it('type number and digit keep only what their keyboards can type', () => {
    const env = setup()
    const num = env.make('input', { type: 'number' }).el.querySelector('input')!
    typeInto(env, num, '1a2.3')
    expect(num.value).toBe('123')
    expect(num.getAttribute('inputmode')).toBe('numeric')
    const digit = env.make('input', { type: 'digit' }).el.querySelector('input')!
    typeInto(env, digit, '1a2.3')
    expect(digit.value).toBe('12.3')
  })

  it('password and disabled reach the native control', () => {
    const { make } = setup()
    const { el } = make('input', { password: true, disabled: true })
    expect(el.querySelector('input')!.type).toBe('password')
    expect(el.querySelector('input')!.disabled).toBe(true)
  })

  it('emits focus { value, height }, blur { value } and confirm on Enter', () => {
    const env = setup()
    const { el } = env.make('input', { value: 'v' })
    const control = el.querySelector('input')!
    control.focus()
    expect(env.details('focus')).toEqual([{ value: 'v', height: 0 }])
    control.dispatchEvent(new env.window.KeyboardEvent('keydown', { key: 'Enter' }))
    expect(env.details('confirm')).toEqual([{ value: 'v' }])
    expect(env.details('blur')[0]).toMatchObject({ value: 'v' })
  })

  it('focus property focuses the control', async () => {
    const { make, document } = setup()
    const { el } = make('input', { focus: true })
    await tick()
    expect(document.activeElement).toBe(el.querySelector('input'))
  })

  it('setValue replaces the value (an input handler returned one)', () => {
    const { make } = setup()
    const { el, instance } = make('input', { value: 'a' })
    instance.setValue!('replaced')
    expect(el.querySelector('input')!.value).toBe('replaced')
  })
})

describe('textarea', () => {
  it('emits input and linechange with the line count', () => {
    const env = setup()
    const control = env.make('textarea').el.querySelector('textarea')!
    typeInto(env, control, 'a\nb')
    expect(env.details('input')).toEqual([{ value: 'a\nb', cursor: 3, keyCode: 0 }])
    expect(env.details('linechange')[0]).toMatchObject({ lineCount: 2 })
  })

  it('Enter breaks the line unless confirm-type asks for a confirm button', () => {
    const env = setup()
    const plain = env.make('textarea').el.querySelector('textarea')!
    plain.dispatchEvent(new env.window.KeyboardEvent('keydown', { key: 'Enter' }))
    expect(env.details('confirm')).toEqual([])
    const send = env
      .make('textarea', { value: 'x', 'confirm-type': 'send' })
      .el.querySelector('textarea')!
    send.dispatchEvent(new env.window.KeyboardEvent('keydown', { key: 'Enter' }))
    expect(env.details('confirm')).toEqual([{ value: 'x' }])
  })
})

describe('switch, checkbox, radio', () => {
  it('switch toggles on click and emits change { value }', () => {
    const env = setup()
    const { el } = env.make('switch', { checked: true })
    expect(el.querySelector('.wx-switch-input-checked')).not.toBeNull()
    env.click(el)
    expect(env.details('change')).toEqual([{ value: false }])
    expect(el.querySelector('.wx-switch-input-checked')).toBeNull()
  })

  it('disabled switch ignores clicks; type checkbox draws a checkbox', () => {
    const env = setup()
    const { el } = env.make('switch', { disabled: true, type: 'checkbox' })
    env.click(el)
    expect(env.details('change')).toEqual([])
    expect(el.querySelector('.wx-checkbox-input')).not.toBeNull()
  })

  it('checkbox-group emits change with the checked values in order', () => {
    const env = setup()
    const group = env.make('checkbox-group')
    const a = env.make('checkbox', { value: 'a' }, group)
    const b = env.make('checkbox', { value: 'b', checked: true }, group)
    env.click(a.el)
    expect(env.details('change')).toEqual([{ value: ['a', 'b'] }])
    env.click(b.el)
    expect(env.details('change')[1]).toEqual({ value: ['a'] })
    expect(env.events.every((e) => e.el === group.el)).toBe(true)
    expect(a.el.querySelector('.wx-checkbox-input-checked')).not.toBeNull()
  })

  it('radio-group checks one radio and emits change { value }', () => {
    const env = setup()
    const group = env.make('radio-group')
    const a = env.make('radio', { value: 'a', checked: true }, group)
    const b = env.make('radio', { value: 'b' }, group)
    env.click(b.el)
    expect(env.details('change')).toEqual([{ value: 'b' }])
    expect(a.el.hasAttribute('checked')).toBe(false)
    env.click(b.el)
    expect(env.details('change')).toHaveLength(1)
  })

  it('a label activates its checkbox (nested or by for)', () => {
    const env = setup()
    const group = env.make('checkbox-group')
    const label = env.make('label', {}, group)
    env.make('checkbox', { value: 'x' }, label)
    env.click(label.el)
    expect(env.details('change')).toEqual([{ value: ['x'] }])
    const sw = env.make('switch')
    sw.el.id = 'sw'
    const byFor = env.make('label', { for: 'sw' })
    env.click(byFor.el)
    expect(env.details('change')[1]).toEqual({ value: true })
  })
})

describe('slider and picker', () => {
  it('slider emits changing while dragging and change at the end', () => {
    const env = setup()
    const { el } = env.make('slider', { min: 10, max: 20, step: 2, value: 12, 'show-value': true })
    const range = el.querySelector('input')!
    expect([range.min, range.max, range.step, range.value]).toEqual(['10', '20', '2', '12'])
    range.value = '16'
    env.fire(range, 'input')
    env.fire(range, 'change')
    expect(env.details('changing')).toEqual([{ value: 16 }])
    expect(env.details('change')).toEqual([{ value: 16 }])
    expect(el.querySelector('.wx-slider-value')!.textContent).toBe('16')
  })

  it('picker selector lists range (by range-key) and emits change { value: index }', async () => {
    const env = setup()
    const { el } = env.make('picker', {
      range: [{ n: 'A' }, { n: 'B' }],
      'range-key': 'n',
      value: 1,
    })
    await tick()
    const select = el.querySelector('select')!
    expect(Array.from(select.options, (o) => o.text)).toEqual(['A', 'B'])
    expect(select.value).toBe('1')
    select.value = '0'
    env.fire(select, 'change')
    expect(env.details('change')).toEqual([{ value: 0 }])
  })

  it('picker date mode uses a native date input', async () => {
    const env = setup()
    const { el } = env.make('picker', { mode: 'date', value: '2024-01-02', start: '2024-01-01' })
    await tick()
    const control = el.querySelector('input')!
    expect([control.type, control.value, control.min]).toEqual(['date', '2024-01-02', '2024-01-01'])
  })
})

describe('form', () => {
  it('a submit button sends every named field; reset restores them', async () => {
    const env = setup()
    const form = env.make('form')
    env.make('input', { name: 'user', value: 'ann' }, form)
    env.make('switch', { name: 'on', checked: true }, form)
    env.make('slider', { name: 'level', value: 30 }, form)
    const group = env.make('checkbox-group', { name: 'tags' }, form)
    env.make('checkbox', { value: 't1', checked: true }, group)
    env.make('picker', { name: 'pick', range: ['a', 'b'], value: 1 }, form)
    env.make('input', { value: 'no name' }, form)
    await tick()
    const submit = env.make('button', { 'form-type': 'submit' }, form)
    env.click(submit.el)
    expect(env.details('submit')).toEqual([
      { value: { user: 'ann', on: true, level: 30, tags: ['t1'], pick: 1 } },
    ])

    const input = form.el.querySelector('input')!
    input.value = 'bob'
    env.make('button', { formType: 'reset' }, form).el.click()
    expect(env.details('reset')).toEqual([{}])
    expect(input.value).toBe('ann')
  })

  it('a disabled button does not submit', () => {
    const env = setup()
    const form = env.make('form')
    env.click(env.make('button', { 'form-type': 'submit', disabled: true }, form).el)
    expect(env.details('submit')).toEqual([])
  })
})

// switch, checkbox + checkbox-group, radio + radio-group. The inner boxes carry WeChat's class
// names (wx-checkbox-input, wx-checkbox-input-checked…) because projects restyle them.
import { div, makeInstance, reflect, toBool, toStr } from './props.ts'
import { activators, choices, choicesIn, fields, groups, type Choice } from './registry.ts'
import type { BuiltinContext, BuiltinInstance } from './types.ts'

interface Box {
  el: HTMLElement
  box: HTMLElement
  content: HTMLElement
  kind: string
}

function makeBox(el: HTMLElement, ctx: BuiltinContext, kind: string): Box {
  const wrapper = div(ctx.document, `wx-${kind}-wrapper`)
  const box = div(ctx.document, `wx-${kind}-input`)
  const content = div(ctx.document, 'wx-content', 'span')
  wrapper.append(box, content)
  el.append(wrapper)
  return { el, box, content, kind }
}

function paint(b: Box, checked: boolean, disabled: boolean): void {
  b.box.classList.toggle(`wx-${b.kind}-input-checked`, checked)
  b.box.classList.toggle(`wx-${b.kind}-input-disabled`, disabled)
  reflect(b.el, 'checked', checked)
  reflect(b.el, 'disabled', disabled)
}

/** checkbox and radio share everything but what a tap does. */
function choice(el: HTMLElement, ctx: BuiltinContext, kind: 'checkbox' | 'radio'): BuiltinInstance {
  const b = makeBox(el, ctx, kind)
  let checked = false
  let disabled = false
  let value = ''
  const self: Choice = {
    value: () => value,
    checked: () => checked,
    setChecked: (on) => paint(b, (checked = on), disabled),
  }
  choices.set(el, self)
  const activate = () => {
    if (disabled || (kind === 'radio' && checked)) return
    self.setChecked(!checked)
    const group = el.parentElement?.closest(`wx-${kind}-group`)
    if (group) groups.get(group)?.changed(self)
  }
  el.addEventListener('click', activate)
  activators.set(el, activate)
  return makeInstance(
    b.content,
    {
      value: (v) => (value = toStr(v)),
      checked: (v) => self.setChecked(toBool(v)),
      disabled: (v) => paint(b, checked, (disabled = toBool(v))),
      color: (v) => (b.box.style.color = toStr(v)),
    },
    { destroy: () => el.removeEventListener('click', activate) },
  )
}

export const checkbox = (el: HTMLElement, ctx: BuiltinContext) => choice(el, ctx, 'checkbox')
export const radio = (el: HTMLElement, ctx: BuiltinContext) => choice(el, ctx, 'radio')

/** Remembers each choice's checked state at the last property update, for form reset. */
function group(el: HTMLElement, ctx: BuiltinContext, kind: 'checkbox' | 'radio'): BuiltinInstance {
  let name = ''
  const tag = `wx-${kind}`
  const value = () => {
    const on = choicesIn(el, tag).filter((c) => c.checked())
    return kind === 'checkbox' ? on.map((c) => c.value()) : (on[0]?.value() ?? '')
  }
  groups.set(el, {
    changed(c) {
      if (kind === 'radio') for (const o of choicesIn(el, tag)) if (o !== c) o.setChecked(false)
      ctx.emit(el, 'change', { value: value() })
    },
  })
  fields.set(el, {
    name: () => name,
    value,
    reset: () => choicesIn(el, tag).forEach((c) => c.setChecked(false)),
  })
  return makeInstance(el, { name: (v) => (name = toStr(v)) })
}

export const checkboxGroup = (el: HTMLElement, ctx: BuiltinContext) => group(el, ctx, 'checkbox')
export const radioGroup = (el: HTMLElement, ctx: BuiltinContext) => group(el, ctx, 'radio')

export function switchBox(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  let kind = 'switch'
  let b = makeBox(el, ctx, kind)
  let checked = false
  let initial = false
  let disabled = false
  let name = ''
  let color = ''
  const repaint = () => {
    paint(b, checked, disabled)
    b.box.style.backgroundColor = checked && kind === 'switch' ? color : ''
    b.box.style.borderColor = checked && kind === 'switch' ? color : ''
    b.box.style.color = kind === 'checkbox' ? color : ''
  }
  const toggle = () => {
    if (disabled) return
    checked = !checked
    repaint()
    ctx.emit(el, 'change', { value: checked })
  }
  el.addEventListener('click', toggle)
  activators.set(el, toggle)
  fields.set(el, {
    name: () => name,
    value: () => checked,
    reset: () => ((checked = initial), repaint()),
  })
  const setType = (v: unknown) => {
    const next = v === 'checkbox' ? 'checkbox' : 'switch'
    if (next === kind) return
    // The WXML children move to the new box's content.
    const old = b
    kind = next
    b = makeBox(el, ctx, kind)
    b.content.replaceWith(old.content)
    b.content = old.content
    old.box.parentElement?.remove()
    repaint()
  }
  return makeInstance(
    b.content,
    {
      checked: (v) => ((checked = initial = toBool(v)), repaint()),
      disabled: (v) => ((disabled = toBool(v)), repaint()),
      type: setType,
      name: (v) => (name = toStr(v)),
      color: (v) => ((color = toStr(v)), repaint()),
    },
    { destroy: () => el.removeEventListener('click', toggle) },
  )
}

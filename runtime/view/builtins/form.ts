// form (submit/reset over its named fields) and label (a tap on it activates its control).
import { makeInstance, toStr } from './props.ts'
import { activators, fields, forms } from './registry.ts'
import type { BuiltinContext, BuiltinInstance } from './types.ts'

export function form(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const named = () => {
    const out: Array<[string, { value(): unknown; reset(): void }]> = []
    for (const node of el.querySelectorAll('*')) {
      const field = fields.get(node)
      // A field belongs to its nearest form only.
      if (field && node.parentElement?.closest('wx-form') === el) out.push([field.name(), field])
    }
    return out
  }
  forms.set(el, {
    submit() {
      const value: Record<string, unknown> = {}
      for (const [name, field] of named()) if (name) value[name] = field.value()
      ctx.emit(el, 'submit', { value })
    },
    reset() {
      for (const [, field] of named()) field.reset()
      ctx.emit(el, 'reset', {})
    },
  })
  return makeInstance(el, {})
}

const CONTROLS = 'wx-button, wx-checkbox, wx-radio, wx-switch, wx-input, wx-textarea'

export function label(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  let forId = ''
  const target = (): Element | null => {
    if (forId) return ctx.document.getElementById(forId)
    return el.querySelector(CONTROLS)
  }
  const onClick = (e: Event) => {
    const control = target()
    // A tap on the control itself already did its work.
    if (!control || control.contains(e.target as Node | null)) return
    activators.get(control)?.()
  }
  el.addEventListener('click', onClick)
  return makeInstance(
    el,
    { for: (v) => (forId = toStr(v)) },
    { destroy: () => el.removeEventListener('click', onClick) },
  )
}

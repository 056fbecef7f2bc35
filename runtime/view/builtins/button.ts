// button and navigator: both press-highlighted; button submits/resets its form, navigator asks the
// host to navigate.
import { hover } from './hover.ts'
import { makeInstance, reflect, toBool, toNum, toStr } from './props.ts'
import { activators, forms } from './registry.ts'
import type { BuiltinContext, BuiltinInstance } from './types.ts'

export function button(el: HTMLElement): BuiltinInstance {
  let disabled = false
  let formType = ''
  const h = hover(el, { hoverClass: 'button-hover', startTime: 20, stayTime: 70 }, () => disabled)
  const activate = () => {
    if (disabled) return
    const form = el.parentElement?.closest('wx-form')
    const handle = form && forms.get(form)
    if (formType === 'submit') handle?.submit()
    else if (formType === 'reset') handle?.reset()
  }
  el.addEventListener('click', activate)
  activators.set(el, activate)
  const attr = (name: string) => (v: unknown) => {
    const s = toStr(v)
    if (s) el.setAttribute(name, s)
    else el.removeAttribute(name)
  }
  return makeInstance(
    el,
    {
      ...h.setters,
      type: attr('type'),
      size: attr('size'),
      plain: (v) => reflect(el, 'plain', toBool(v)),
      loading: (v) => reflect(el, 'loading', toBool(v)),
      disabled: (v) => reflect(el, 'disabled', (disabled = toBool(v))),
      formType: (v) => (formType = toStr(v)),
      openType: attr('open-type'),
    },
    {
      destroy() {
        h.destroy()
        el.removeEventListener('click', activate)
      },
    },
  )
}

export function navigator(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  let url = ''
  let openType = 'navigate'
  let delta = 1
  const h = hover(el, { hoverClass: 'navigator-hover', startTime: 50, stayTime: 600 })
  const go = () => {
    if (openType === 'navigateBack') ctx.navigate?.(openType, url, delta)
    else if (url) ctx.navigate?.(openType, url)
  }
  el.addEventListener('click', go)
  return makeInstance(
    el,
    {
      ...h.setters,
      url: (v) => (url = toStr(v)),
      openType: (v) => (openType = toStr(v) || 'navigate'),
      delta: (v) => (delta = toNum(v, 1)),
    },
    {
      destroy() {
        h.destroy()
        el.removeEventListener('click', go)
      },
    },
  )
}

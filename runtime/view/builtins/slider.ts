// slider (a native range input restyled through CSS variables) and picker (selector mode as a
// native <select>, date and time as native inputs), laid over the WXML children.
import { div, makeInstance, toBool, toNum, toPx, toStr } from './props.ts'
import { fields } from './registry.ts'
import type { BuiltinContext, BuiltinInstance } from './types.ts'

export function slider(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const doc = ctx.document
  const wrapper = div(doc, 'wx-slider-wrapper')
  const range = doc.createElement('input')
  range.type = 'range'
  range.className = 'wx-slider-input'
  const shown = div(doc, 'wx-slider-value', 'span')
  const content = div(doc, 'wx-content', 'span')
  wrapper.append(range)
  el.append(wrapper, content)
  const o = { min: 0, max: 100, step: 1, value: 0, name: '' }
  const num = () => Number(range.value)
  const sync = () => {
    range.min = String(o.min)
    range.max = String(o.max)
    range.step = String(o.step)
    range.value = String(o.value)
    shown.textContent = range.value
  }
  const paintFill = () => {
    const span = o.max - o.min || 1
    el.style.setProperty('--wx-slider-fill', `${((num() - o.min) / span) * 100}%`)
  }
  range.addEventListener('input', () => {
    shown.textContent = range.value
    paintFill()
    ctx.emit(el, 'changing', { value: num() })
  })
  range.addEventListener('change', () => {
    shown.textContent = range.value
    ctx.emit(el, 'change', { value: num() })
  })
  fields.set(el, {
    name: () => o.name,
    value: num,
    reset: () => ((range.value = String(o.value)), (shown.textContent = range.value), paintFill()),
  })
  const css =
    (prop: string, f = toStr) =>
    (v: unknown) =>
      el.style.setProperty(prop, toStr(v) ? f(v) : null)
  const numeric = (key: 'min' | 'max' | 'step' | 'value', def: number) => (v: unknown) => {
    o[key] = toNum(v, def)
    sync()
    paintFill()
  }
  const active = css('--wx-slider-active')
  const background = css('--wx-slider-background')
  return makeInstance(content, {
    min: numeric('min', 0),
    max: numeric('max', 100),
    step: numeric('step', 1),
    value: numeric('value', 0),
    disabled: (v) => ((range.disabled = toBool(v)), el.toggleAttribute('disabled', range.disabled)),
    showValue: (v) => (toBool(v) ? wrapper.append(shown) : shown.remove()),
    activeColor: active,
    selectedColor: active,
    backgroundColor: background,
    color: background,
    blockSize: css(
      '--wx-slider-block-size',
      (v) => `${Math.min(28, Math.max(12, toPx(v, ctx, 28)))}px`,
    ),
    blockColor: css('--wx-slider-block-color'),
    name: (v) => (o.name = toStr(v)),
  })
}

type PickerControl = HTMLSelectElement | HTMLInputElement

export function picker(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const doc = ctx.document
  // Option comes from the view's window, not Node's global.
  const Option = doc.defaultView!.Option
  const content = div(doc, 'wx-content', 'span')
  const o = {
    mode: 'selector',
    range: [] as unknown[],
    key: '',
    value: '' as unknown,
    name: '',
    start: '',
    end: '',
    disabled: false,
  }
  let control: PickerControl = doc.createElement('select')
  let queued = false
  el.append(content, control)

  const label = (item: unknown) =>
    o.key && item && typeof item === 'object'
      ? toStr((item as Record<string, unknown>)[o.key])
      : toStr(item)
  const current = (): unknown =>
    control.tagName === 'SELECT' ? Number(control.value) : control.value
  const build = () => {
    queued = false
    const native = o.mode === 'time' || o.mode === 'date'
    const next: PickerControl = native
      ? Object.assign(doc.createElement('input'), { type: o.mode })
      : doc.createElement('select')
    next.className = 'wx-picker-control'
    if (!native) o.range.forEach((item, i) => next.append(new Option(label(item), String(i))))
    else {
      if (o.start) next.setAttribute('min', o.start)
      if (o.end) next.setAttribute('max', o.end)
    }
    next.value = native ? toStr(o.value) : String(toNum(o.value, 0))
    next.disabled = o.disabled
    next.addEventListener('change', () => ctx.emit(el, 'change', { value: current() }))
    control.replaceWith(next)
    control = next
  }
  // Properties arrive one by one: build the control once they are all in.
  const rebuild = () => {
    if (!queued) queueMicrotask(build)
    queued = true
  }
  rebuild()
  fields.set(el, { name: () => o.name, value: current, reset: build })
  const prop =
    <K extends keyof typeof o>(key: K, f: (v: unknown) => (typeof o)[K]) =>
    (v: unknown) => {
      o[key] = f(v)
      rebuild()
    }
  return makeInstance(content, {
    mode: prop('mode', (v) => toStr(v) || 'selector'),
    range: prop('range', (v) => (Array.isArray(v) ? v : [])),
    rangeKey: prop('key', toStr),
    value: prop('value', (v) => v),
    start: prop('start', toStr),
    end: prop('end', toStr),
    disabled: prop('disabled', toBool),
    name: (v) => (o.name = toStr(v)),
  })
}

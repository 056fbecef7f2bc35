// input and textarea: a native control plus a placeholder element (so placeholder-class and
// placeholder-style work as on the platform), emitting input/focus/blur/confirm.
import { div, makeInstance, toBool, toNum, toStr } from './props.ts'
import { activators, fields } from './registry.ts'
import type { BuiltinContext, BuiltinInstance, Setters } from './types.ts'

type Control = HTMLInputElement | HTMLTextAreaElement

/** Characters each keyboard type can enter (a browser keyboard can type anything). */
const FILTERS: Record<string, RegExp> = {
  number: /[^0-9]/g,
  digit: /[^0-9.]/g,
  idcard: /[^0-9xX]/g,
}

interface Field {
  instance: BuiltinInstance
  setters: Setters
  control: Control
  state: { maxlength: number; type: string; confirmHold: boolean; confirmType: string }
}

function textField(el: HTMLElement, ctx: BuiltinContext, control: Control): Field {
  const doc = ctx.document
  const placeholder = div(doc, 'input-placeholder')
  const content = div(doc, 'wx-content', 'span')
  const wrapper = div(doc, 'wx-input-wrapper')
  control.classList.add('wx-input-control')
  wrapper.append(placeholder, control)
  el.append(wrapper, content)
  const state = { maxlength: 140, type: 'text', confirmHold: false, confirmType: 'done' }
  let name = ''
  let initial = ''
  let keyCode = 0
  let phClass = 'input-placeholder'
  let cursor = -1

  const clip = (s: string) => {
    const filter = FILTERS[state.type]
    const v = filter ? s.replace(filter, '') : s
    return state.maxlength < 0 ? v : v.slice(0, state.maxlength)
  }
  const showPlaceholder = () => (placeholder.hidden = control.value !== '')
  const setValue = (value: string, at?: number) => {
    const v = clip(value)
    if (control.value !== v) control.value = v
    if (at !== undefined && doc.activeElement === control) control.setSelectionRange(at, at)
    showPlaceholder()
  }

  control.addEventListener('keydown', (e) => {
    keyCode = (e as KeyboardEvent).keyCode
  })
  control.addEventListener('input', () => {
    const raw = control.value
    const v = clip(raw)
    if (v !== raw) control.value = v
    showPlaceholder()
    const at = control.selectionEnd ?? v.length
    ctx.emit(el, 'input', { value: v, cursor: at, keyCode })
    keyCode = 0
  })
  control.addEventListener('focus', () => {
    if (cursor >= 0) control.setSelectionRange(cursor, cursor)
    ctx.emit(el, 'focus', { value: control.value, height: 0 })
  })
  control.addEventListener('blur', () =>
    ctx.emit(el, 'blur', { value: control.value, cursor: control.selectionEnd ?? 0 }),
  )
  activators.set(el, () => control.focus())
  fields.set(el, { name: () => name, value: () => control.value, reset: () => setValue(initial) })

  const focus = (v: unknown) => {
    if (toBool(v)) queueMicrotask(() => control.focus())
    else if (doc.activeElement === control) control.blur()
  }
  const setters: Setters = {
    value: (v) => setValue((initial = toStr(v))),
    placeholder: (v) => (placeholder.textContent = toStr(v)),
    placeholderStyle: (v) => placeholder.setAttribute('style', toStr(v)),
    placeholderClass: (v) => {
      placeholder.classList.remove(...phClass.split(/\s+/).filter(Boolean))
      phClass = toStr(v) || 'input-placeholder'
      placeholder.classList.add(...phClass.split(/\s+/).filter(Boolean))
    },
    disabled: (v) => {
      control.disabled = toBool(v)
      el.toggleAttribute('disabled', control.disabled)
    },
    maxlength: (v) => ((state.maxlength = toNum(v, 140)), setValue(control.value)),
    focus,
    autoFocus: focus,
    cursor: (v) => (cursor = toNum(v, -1)),
    confirmType: (v) => {
      state.confirmType = toStr(v) || state.confirmType
      control.setAttribute(
        'enterkeyhint',
        state.confirmType === 'return' ? 'enter' : state.confirmType,
      )
    },
    confirmHold: (v) => (state.confirmHold = toBool(v)),
    name: (v) => (name = toStr(v)),
  }
  const instance = makeInstance(content, setters, { setValue })
  return { instance, setters, control, state }
}

const INPUT_MODES: Record<string, string> = { number: 'numeric', digit: 'decimal', idcard: 'text' }

export function input(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const control = ctx.document.createElement('input')
  control.type = 'text'
  const f = textField(el, ctx, control)
  let password = false
  const setType = () => {
    control.type = password || f.state.type === 'safe-password' ? 'password' : 'text'
    const mode = INPUT_MODES[f.state.type]
    if (mode) control.setAttribute('inputmode', mode)
    else control.removeAttribute('inputmode')
  }
  control.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Enter') return
    ctx.emit(el, 'confirm', { value: control.value })
    if (!f.state.confirmHold) control.blur()
  })
  f.setters.type = (v) => ((f.state.type = toStr(v) || 'text'), setType())
  f.setters.password = (v) => ((password = toBool(v)), setType())
  return f.instance
}

export function textarea(el: HTMLElement, ctx: BuiltinContext): BuiltinInstance {
  const control = ctx.document.createElement('textarea')
  const f = textField(el, ctx, control)
  f.state.confirmType = 'return'
  let autoHeight = false
  let lines = 1
  const measure = () => {
    const count = control.value.split('\n').length
    if (autoHeight) {
      control.style.height = 'auto'
      control.style.height = `${control.scrollHeight}px`
    }
    if (count === lines) return
    lines = count
    const height = control.scrollHeight
    const heightRpx = (height * 750) / ctx.windowWidth()
    ctx.emit(el, 'linechange', { height, heightRpx, lineCount: count })
  }
  control.addEventListener('input', measure)
  control.addEventListener('keydown', (e) => {
    // With a confirm button (confirm-type other than return) Enter confirms instead of breaking.
    if ((e as KeyboardEvent).key !== 'Enter' || f.state.confirmType === 'return') return
    e.preventDefault()
    ctx.emit(el, 'confirm', { value: control.value })
    if (!f.state.confirmHold) control.blur()
  })
  f.setters.autoHeight = (v) => {
    autoHeight = toBool(v)
    el.toggleAttribute('auto-height', autoHeight)
    measure()
  }
  return f.instance
}

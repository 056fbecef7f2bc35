// How an evaluated attribute lands on an element: the attributes every element shares (class,
// style, id, hidden, data-*, mark:*) and the rest, which a built-in component or a custom
// component's properties take.

import { playAnimation, restoreAnimatedStyle } from './animation.ts'
import type { ComponentInstance } from './component.ts'
import type { ElementInfo } from './element-info.ts'

export function applyAttribute(info: ElementInfo, name: string, value: unknown): void {
  const el = info.el
  switch (name) {
    case 'class':
      info.classText = classText(value)
      if (info.component) return componentClass(info, info.component)
      setOrRemove(el, 'class', info.owner.mapClass(info.classText))
      return
    case 'style':
      // a virtual host has no style; a component may declare `style` as a property to read it
      if (info.component?.virtual) return info.component.setProperty('style', value)
      setOrRemove(
        el,
        'style',
        info.owner.view.styleText(value === undefined || value === null ? '' : String(value)),
      )
      restoreAnimatedStyle(el as HTMLElement)
      return
    case 'id':
      info.id = value === undefined || value === null ? '' : String(value)
      setOrRemove(el, 'id', info.id)
      if (info.component) info.owner.view.hostChanged(info)
      return
    case 'hidden':
      if (value) el.setAttribute('hidden', '')
      else el.removeAttribute('hidden')
      return
    case 'slot':
      return
  }
  if (name.startsWith('data-')) {
    info.dataset[datasetName(name.slice(5))] = value
    if (info.component) info.owner.view.hostChanged(info)
    return
  }
  if (name.startsWith('mark:')) {
    info.marks[name.slice(5)] = value
    return
  }
  if (name.startsWith('generic:')) return
  if (name === 'animation' && !info.component) {
    playAnimation(el as HTMLElement, value)
    return
  }
  if (info.component) {
    if (info.component.isExternalClass(name)) {
      info.component.setExternalClass(name, info.owner.mapClass(classText(value)))
      return
    }
    info.component.setProperty(propertyName(name), value)
    return
  }
  if (info.builtin) {
    info.builtin.set(name, BUILTIN_CLASSES.has(name) ? builtinClass(info, value) : value)
    return
  }
  setPlainAttribute(el, name, value)
}

/** Classes a built-in puts on its own parts: they name rules of the template that wrote them
 *  (vant's `placeholder-class="van-field__placeholder"`), so they map into its style scope as
 *  `class` does. `none` is a value, not a class. */
const BUILTIN_CLASSES = new Set([
  'placeholder-class',
  'placeholderClass',
  'hover-class',
  'hoverClass',
  'indicator-class',
  'indicatorClass',
  'mask-class',
  'maskClass',
])

function builtinClass(info: ElementInfo, value: unknown): string {
  const text = classText(value)
  return text === 'none' ? text : info.owner.mapClass(text)
}

/** `class` on a component's host: the logic thread hears of it (`selectComponent('.a')`). A
 *  virtual host has no element to carry it: only an external class named `class` uses it. */
function componentClass(info: ElementInfo, component: ComponentInstance): void {
  info.owner.view.hostChanged(info)
  const text = info.classText ?? ''
  if (!component.virtual) setOrRemove(info.el, 'class', info.owner.mapClass(text))
  else if (component.isExternalClass('class'))
    component.setExternalClass('class', info.owner.mapClass(text))
}

/** Class names as the platform reads a class value: nothing for undefined and null, else the
 *  runs between whitespace, `.` and `,` of its string (glass-easel's class_list.ts), so an
 *  array (tdesign's `class="{{[classPrefix, placement]}}"`) gives one class per item. */
function classText(value: unknown): string {
  if (value === undefined || value === null) return ''
  const text = Array.isArray(value) ? value.join(' ') : String(value)
  return text.match(/[^\s.,]+/g)?.join(' ') ?? ''
}

function setOrRemove(el: Element, name: string, value: string): void {
  if (value) el.setAttribute(name, value)
  else el.removeAttribute(name)
}

function setPlainAttribute(el: Element, name: string, value: unknown): void {
  try {
    if (value === false || value === undefined || value === null) el.removeAttribute(name)
    else el.setAttribute(name, value === true ? '' : String(value))
  } catch {
    // Names the DOM refuses (`a{b}`) are dropped: WXML allows more than HTML does.
  }
}

/** `data-foo-bar` → `fooBar`; the platform lower-cases first, so `data-fooBar` → `foobar`. */
export function datasetName(name: string): string {
  let out = datasetNames.get(name)
  if (out === undefined) {
    out = name.toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    datasetNames.set(name, out)
  }
  return out
}

const datasetNames = new Map<string, string>()

/** `my-prop` → `myProp` (properties are declared in camelCase). */
export function propertyName(name: string): string {
  // most names have no dash: skip the regular expression (it runs for every attribute bound)
  if (!name.includes('-')) return name
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

export type { ComponentInstance }

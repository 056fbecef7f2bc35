// Selectors as a mini-program author writes them (`input`, `.item view`) over the view's DOM,
// where built-in components are `wx-<tag>` elements.

import { isBuiltinTag } from '../runtime/view/builtins/index.ts'

/** A type selector at the start of a compound: after the start, a combinator, `,` or `(`. */
const TYPE = /(^|[\s>+~,(])([a-zA-Z][\w-]*)/g

const CLASS = /\.(-?[_a-zA-Z][\w-]*)/g

/**
 * `input.add-input, view > text` → `wx-input.add-input, wx-view > wx-text`. `mapClass` is the
 * class mapping of the component whose template is searched (its style isolation prefixes
 * class names), so `.title` finds what that template wrote as `class="title"`.
 */
export function toDomSelector(selector: string, mapClass?: (name: string) => string): string {
  const typed = selector.replace(TYPE, (whole, before: string, tag: string) =>
    isBuiltinTag(tag.toLowerCase()) ? `${before}wx-${tag.toLowerCase()}` : whole,
  )
  if (!mapClass) return typed
  return typed.replace(CLASS, (whole, name: string) => {
    const mapped = mapClass(name).split(/\s+/)[0]
    return mapped ? `.${mapped}` : whole
  })
}

/** The WXML tag of a view element: `wx-view` → `view`; custom components keep their tag. */
export function wxmlTag(el: Element): string {
  const tag = el.tagName.toLowerCase()
  return tag.startsWith('wx-') ? tag.slice(3) : tag
}

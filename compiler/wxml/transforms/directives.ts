// Splits an element's attributes into structural directives (wx:if, wx:for…) and the rest.

import type { WxmlAttribute, WxmlElement } from '../ast.ts'

export interface Directives {
  if?: WxmlAttribute
  elif?: WxmlAttribute
  else?: WxmlAttribute
  for?: WxmlAttribute
  forItem?: WxmlAttribute
  forIndex?: WxmlAttribute
  key?: WxmlAttribute
  /** Attributes that are not directives, in source order. */
  rest: WxmlAttribute[]
}

const DIRECTIVES: Record<string, keyof Omit<Directives, 'rest'>> = {
  'wx:if': 'if',
  'wx:elif': 'elif',
  'wx:else': 'else',
  'wx:for': 'for',
  'wx:for-items': 'for',
  'wx:for-item': 'forItem',
  'wx:for-index': 'forIndex',
  'wx:key': 'key',
}

export function splitDirectives(el: WxmlElement): Directives {
  const out: Directives = { rest: [] }
  for (const attr of el.attrs) {
    const kind = DIRECTIVES[attr.name]
    if (kind) out[kind] = attr
    else out.rest.push(attr)
  }
  return out
}

export function isConditionalBranch(el: WxmlElement): 'elif' | 'else' | null {
  for (const attr of el.attrs) {
    if (attr.name === 'wx:elif') return 'elif'
    if (attr.name === 'wx:else') return 'else'
  }
  return null
}

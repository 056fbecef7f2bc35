// The WXML syntax tree: what `parse.ts` produces from one .wxml file. Every node keeps where it
// came from, so later phases can report errors in the source file.

import type { SourceLocation } from '../errors.ts'

export interface WxmlAttribute {
  /** The name as written (case kept): `wx:if`, `bind:tap`, `data-id`, `class`. */
  name: string
  /** Raw value with entities decoded; `null` when the attribute has no `=` (`<input disabled>`). */
  value: string | null
  loc: SourceLocation
  /** Where the value text starts (after the opening quote); equals `loc` when there is no value. */
  valueLoc: SourceLocation
}

export interface WxmlElement {
  type: 'element'
  /** Tag name as written, lower-cased only if the author wrote it so. */
  tag: string
  attrs: WxmlAttribute[]
  children: WxmlNode[]
  loc: SourceLocation
  /** True for `<x/>` and for elements closed implicitly. */
  selfClosing: boolean
}

export interface WxmlText {
  type: 'text'
  /** Text with entities decoded. */
  value: string
  loc: SourceLocation
}

export interface WxmlComment {
  type: 'comment'
  value: string
  loc: SourceLocation
}

export type WxmlNode = WxmlElement | WxmlText | WxmlComment

export interface WxmlRoot {
  type: 'root'
  file: string
  source: string
  children: WxmlNode[]
}

// The render program: what the WXML compiler generates and the view renderer runs.
//
// The compiler turns each .wxml file into the source of one JavaScript function
// `function (R) { return <TemplateModule> }`. It builds the static node tree once per file; every
// dynamic part is an `Expr`, a small closure over the runtime helpers `R`. The renderer walks the
// tree, creates DOM, and records which data paths each `Expr` read, so that a `setData` patch
// re-evaluates only the expressions that depend on the changed paths.
//
// Field names are short because this shape is written into every view bundle.

/** Opaque to compiled code: the renderer's lexical scope (data root, wx:for variables). */
export interface Scope {
  readonly __scope: true
}

/** A compiled `{{ }}` expression (or a mixed string like `a {{b}} c`). */
export type Expr = (s: Scope) => unknown

/** An attribute or text value: a literal string, or an expression. */
export type Value = string | Expr

export const enum NodeKind {
  Text = 0,
  Element = 1,
  If = 2,
  For = 3,
  Template = 4,
  Slot = 5,
}

export interface TextNode {
  k: NodeKind.Text
  v: Value
}

/** Event binding flags. */
export const enum EventFlag {
  Bind = 0,
  Catch = 1,
  Capture = 2,
  Mut = 4,
}

export interface EventSpec {
  /** Event name: `tap`, `input`, `longpress`, a component's custom event name… */
  n: string
  /** Handler method name, or an expression that yields one. */
  h: Value
  /** EventFlag bits. */
  f: number
}

export interface ElementNode {
  k: NodeKind.Element
  /** Tag name as written in WXML (`view`, `van-button`). Custom components are found at run
   *  time through the owner's usingComponents, as on the platform (templates are resolved in the
   *  context of the component that uses them). */
  tag: string
  /**
   * Attributes in source order. Names keep their prefixes, which the renderer interprets:
   * `class`, `style`, `id`, `hidden`, `slot`, `data-*` (dataset), `mark:*`, `model:*` (two-way
   * binding), `generic:*` (abstract node implementation), anything else (attribute or component
   * property). A bare attribute (`<input disabled>`) has the value `true`.
   */
  a: Array<[name: string, value: Value | true]>
  /** Event bindings (bind, catch, capture-bind, capture-catch, mut-bind). */
  e: EventSpec[] | null
  /** `model:prop="{{a.b}}"` two-way bindings: property and the data path text (`a.b`). The
   *  value itself is also in `a` under the plain property name. */
  m?: Array<[prop: string, path: string]>
  /** Children. */
  c: Fragment
  /** Source position `[line, column]` of the start tag, for runtime error reports. */
  l: [number, number]
}

export interface IfNode {
  k: NodeKind.If
  /** wx:if, then each wx:elif, then wx:else (condition `null`). */
  b: Array<[cond: Expr | null, body: Fragment]>
}

export interface ForNode {
  k: NodeKind.For
  /** The wx:for value: array, object, number or string. */
  list: Expr
  /** wx:for-item name (default `item`). */
  item: string
  /** wx:for-index name (default `index`). */
  index: string
  /** wx:key: `null` (none), `'*this'`, or a property name of each item. */
  key: string | null
  /** Body repeated for each item. */
  c: Fragment
  l: [number, number]
}

export interface TemplateNode {
  k: NodeKind.Template
  /** Template name, literal or computed (`is="{{name}}"`). */
  is: Value
  /** The `data` object (`data="{{...item, x}}"`), or null for no data. */
  data: Expr | null
  l: [number, number]
}

export interface SlotNode {
  k: NodeKind.Slot
  /** Slot name; '' is the default slot. */
  name: Value
}

export type Node = TextNode | ElementNode | IfNode | ForNode | TemplateNode | SlotNode

export type Fragment = Node[]

/** What a compiled .wxml file returns. */
export interface TemplateModule {
  /** Project-relative path without extension: `pages/index/index`. */
  path: string
  /** Files imported with `<import src>` (resolved, without extension). Not transitive. */
  imports: string[]
  /** WXS modules visible in this file: module name → WXS module id (`utils/a.wxs`, or
   *  `pages/index/index.wxml#name` for an inline module). */
  wxs: Record<string, string>
  /** `<template name>` definitions of this file. */
  templates: Record<string, Fragment>
  /** The file's top-level content (templates and wxs tags removed, includes inlined). */
  root: Fragment
}

/**
 * Runtime helpers compiled expressions call. Compiled code never touches globals: every name in
 * an expression becomes a call of `R.v` (a data or wx:for path), `R.x` (a WXS module), or a
 * literal. Property reads and method calls on computed values go through `R.m` and `R.c`, which
 * refuse `constructor`, `__proto__` and `prototype` and read only own properties (plus `length`
 * and the methods of strings, numbers and arrays), so no expression can reach the host.
 */
export interface RenderHelpers {
  /** `name.seg1[seg2]…`: resolves `name` in scope (wx:for variables, then data) and walks the
   *  segments. Records the path it read as a dependency. Missing links give `undefined`. */
  v(s: Scope, name: string, ...segs: unknown[]): unknown
  /** The WXS module bound to `name` in this file. */
  x(s: Scope, name: string): unknown
  /** `obj[key]` on a computed value. */
  m(obj: unknown, key: unknown): unknown
  /** `recv[key](...args)` with `this` = recv. */
  c(recv: unknown, key: unknown, args: unknown[]): unknown
  /** `fn(...args)` for a value that is itself a function (a WXS export called directly). */
  f(fn: unknown, args: unknown[]): unknown
  /** Concatenates the parts of a mixed string (`a {{b}} c`) as the platform prints them. */
  t(parts: unknown[]): string
}

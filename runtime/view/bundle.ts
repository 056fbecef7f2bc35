// The view bundle: everything one page's view needs, as the compiler writes it
// (`<page>.view.js`) and the view runtime loads it. The file is a single call
// `__mpsimView({ … })` whose argument has this shape, with functions in place of the
// `…Factory` fields, so it loads by <script> in a browser and by `new Function` in Node.

import type { RenderHelpers, TemplateModule } from './template/ir.ts'

/** Compiled WXSS: literal CSS text, with each rpx length as a number to convert at run time
 *  for the device width (`['a{width:', 375, 'px}']` is `width: 375rpx`). */
export type CssChunks = Array<string | number>

export type TemplateFactory = (R: RenderHelpers) => TemplateModule

/** A WXS module body, wrapped as CommonJS. `require` takes another WXS module id. */
export type WxsFactory = (
  module: { exports: unknown },
  exports: unknown,
  require: (id: string) => unknown,
  getRegExp: (source: string, flags?: string) => RegExp,
  getDate: (...args: unknown[]) => Date,
) => void

export type StyleIsolation = 'isolated' | 'apply-shared' | 'shared'

/** A page or a component, as the view sees it. */
export interface ComponentViewDef {
  /** Project-relative path without extension: `components/card/card`, `pages/index/index`. */
  id: string
  /** The template module that renders it (same as `id` for both pages and components). */
  template: string
  /** Tag → component id, from usingComponents (app.json's global ones merged in). */
  usingComponents: Record<string, string>
  /** componentGenerics: generic name → default component id (or null if none). */
  generics: Record<string, string | null>
  /** Class-name prefix for style isolation (unique per component in the package). */
  stylePrefix: string
  styleIsolation: StyleIsolation
  addGlobalClass: boolean
  multipleSlots: boolean
  virtualHost: boolean
  /** externalClasses: class names in this component's template that stand for classes its user
   *  passes (`custom-class="my-btn"`). Declared in the component's JS, so the logic thread may
   *  fill this in at registration; the compiler leaves it empty. */
  externalClasses?: string[]
  /** Key into `ViewBundle.styles` of this component's own WXSS, or null when it has none. */
  style: string | null
}

export interface ViewBundle {
  /** Page route: `pages/index/index`. */
  page: string
  /** Every template module the page can reach: its own, its components', imports. */
  templates: Record<string, TemplateFactory>
  /** Every WXS module reachable from those templates, by id. */
  wxs: Record<string, WxsFactory>
  /** The page itself and every component it can reach, by id. */
  components: Record<string, ComponentViewDef>
  /** Compiled WXSS by key: `app` (app.wxss), then component and page ids. */
  styles: Record<string, CssChunks>
}

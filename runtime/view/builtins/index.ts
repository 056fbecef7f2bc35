// Built-in components of the view: each WXML built-in becomes a `wx-<tag>` element with the DOM
// behaviour below; the renderer owns class, style, id, hidden, dataset and event propagation.
//
// Not honoured (a browser DOM cannot, or it belongs to the host): text `space` for collapsing
// rules beyond replacing spaces; image `webp`, `show-menu-by-longpress`, `fade-in`; button
// `open-type` abilities (share, getPhoneNumber, contact…), `lang`, `session-from`, `app-parameter`;
// input/textarea `cursor-spacing`, `adjust-position`, `hold-keyboard`, `always-embed`,
// `always-system`, keyboard height (focus `height` is 0), `safe-password-*`, `fixed`,
// `show-confirm-bar`, `disable-default-padding`; scroll-view `enhanced`, `bounces`,
// `paging-enabled`, `fast-deceleration`, `enable-back-to-top`, `refresher-*`, `enable-passive`,
// drag events; swiper `easing-function`, `snap-to-edge`, `skip-hidden-item-layout`, `transition`
// events, and circular wrap-around animates back across the items; navigator `target`
// (miniProgram), `app-id`, `exit`; progress `activeColor` gradients; form `report-submit`
// (no formId); picker modes multiSelector and region (selector, time and date are native
// controls; cancel is not reported); rich-text `<a>` links; canvas `type="2d"`/`webgl` nodes
// (the legacy CanvasContext draws). Tags in EXTRA_TAGS (video, map, movable-view,
// picker-view…) are plain elements with default sizes only.
import { coverImage, coverView, plain, swiperItem, text, view } from './basic.ts'
import { button, navigator } from './button.ts'
import { canvas } from './canvas.ts'
import { checkbox, checkboxGroup, radio, radioGroup, switchBox } from './choice.ts'
import { form, label } from './form.ts'
import { icon, progress } from './icon.ts'
import { image } from './image.ts'
import { input, textarea } from './input.ts'
import { richText } from './richText.ts'
import { scrollView } from './scrollView.ts'
import { picker, slider } from './slider.ts'
import { swiper } from './swiper.ts'
import type { BuiltinContext, BuiltinFactory, BuiltinInstance } from './types.ts'

export type { BuiltinContext, BuiltinInstance } from './types.ts'
export { builtinCss } from './css.ts'

const FACTORIES: Record<string, BuiltinFactory> = {
  view,
  text,
  image,
  button,
  input,
  textarea,
  'scroll-view': scrollView,
  swiper,
  'swiper-item': swiperItem,
  icon,
  navigator,
  progress,
  switch: switchBox,
  checkbox,
  'checkbox-group': checkboxGroup,
  radio,
  'radio-group': radioGroup,
  slider,
  label,
  form,
  'rich-text': richText,
  picker,
  'cover-view': coverView,
  'cover-image': coverImage,
  canvas,
}

/** Every platform built-in (those without a factory here render as plain elements), from the
 *  one list the WXSS compiler also uses. */
export { isBuiltinTag } from '../../shared/builtin-tags.ts'

/** Creates the `wx-<tag>` element and its behaviour. Unknown tags give a plain element (inline,
 *  as an undefined custom element is) and never throw. */
export function createBuiltin(
  tag: string,
  ctx: BuiltinContext,
): { el: HTMLElement; instance: BuiltinInstance } {
  let kind = KINDS.get(tag)
  if (!kind) {
    const name = /^[a-z][a-z0-9-]*$/i.test(tag) ? tag.toLowerCase() : 'unknown'
    kind = [`wx-${name}`, Object.hasOwn(FACTORIES, name) ? FACTORIES[name]! : plain]
    KINDS.set(tag, kind)
  }
  const el = ctx.document.createElement(kind[0])
  return { el, instance: kind[1](el, ctx) }
}

/** Tag as written → element name and factory, worked out once per tag (a page creates many). */
const KINDS = new Map<string, [string, BuiltinFactory]>()

// The WeChat built-in components, by tag name. The renderer draws each one as a `wx-<tag>` custom
// element (as WeChat's WebView does), so a WXSS tag selector `view` has to become `wx-view`.
// List from the component overview of the WeChat docs (developers.weixin.qq.com/miniprogram/dev/
// component): view containers, basic content, form, navigation, media, map, canvas, open
// abilities, native-component settings and Skyline-only containers.

export const BUILTIN_TAGS = [
  // view containers
  'cover-image',
  'cover-view',
  'grid-view',
  'list-view',
  'match-media',
  'movable-area',
  'movable-view',
  'page-container',
  'root-portal',
  'scroll-view',
  'share-element',
  'sticky-header',
  'sticky-section',
  'swiper',
  'swiper-item',
  'view',
  'draggable-sheet',
  'nested-scroll-header',
  'nested-scroll-body',
  'grid-builder',
  'list-builder',
  'open-container',
  'snapshot',
  'span',
  // basic content
  'icon',
  'progress',
  'rich-text',
  'selection',
  'text',
  // form
  'button',
  'checkbox',
  'checkbox-group',
  'editor',
  'editor-portal',
  'form',
  'input',
  'keyboard-accessory',
  'label',
  'picker',
  'picker-view',
  'picker-view-column',
  'radio',
  'radio-group',
  'slider',
  'switch',
  'textarea',
  // navigation
  'functional-page-navigator',
  'navigator',
  // media
  'audio',
  'camera',
  'channel-live',
  'channel-video',
  'image',
  'live-player',
  'live-pusher',
  'video',
  'voip-room',
  // map, canvas
  'map',
  'canvas',
  // open abilities
  'ad',
  'ad-custom',
  'official-account',
  'official-account-publish',
  'open-data',
  'store-coupon',
  'store-gift',
  'store-home',
  'store-product',
  'web-view',
  // native settings
  'navigation-bar',
  'page-meta',
  // accessibility
  'aria-component',
] as const

const builtinSet: ReadonlySet<string> = new Set(BUILTIN_TAGS)

/** True for the tag name of a WeChat built-in component (`view`, `scroll-view`, …). */
export function isBuiltinTag(tag: string): boolean {
  return builtinSet.has(tag)
}

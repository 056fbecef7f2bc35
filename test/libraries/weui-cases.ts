// One case per weui-miniprogram component: the markup its documentation
// (wechat-miniprogram.github.io/weui/docs) gives with the minimal props, the data it binds, and
// the root classes a user sees once it rendered.

export interface WeuiCase {
  /** Components used: `dialog` → `mp-dialog: weui-miniprogram/dialog/dialog`. */
  uses: readonly string[]
  wxml: string
  /** Selectors that must match inside the case once rendered. */
  roots: readonly string[]
}

const svg = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="${color}"/></svg>`,
  )}`

export const WEUI_DATA = {
  actions: [
    { text: 'Share', value: 1 },
    { text: 'Delete', type: 'warn', value: 2 },
  ],
  buttons: [{ text: 'Cancel' }, { text: 'OK' }],
  halfButtons: [{ type: 'primary', text: 'Go' }],
  grids: [
    { text: 'A', imgUrl: svg('red') },
    { text: 'B', imgUrl: svg('green') },
  ],
  images: [svg('red'), svg('blue')],
  files: [{ url: svg('blue') }],
  slideButtons: [{ text: 'Mark' }, { type: 'warn', text: 'Delete' }],
  tabs: [
    { text: 'Chats', iconPath: svg('gray'), selectedIconPath: svg('green'), badge: '2' },
    { text: 'Me', iconPath: svg('gray'), selectedIconPath: svg('green') },
  ],
  models: { name: 'x' },
  rules: [{ name: 'name', rules: { required: true, message: 'required' } }],
}

/**
 * Components not rendered here, with the reason: `slideview-skyline` is slideview for the Skyline
 * renderer (its ready() uses `wx.worklet`, which mpsim, a webview renderer, does not provide).
 */
export const WEUI_SKIPPED: Record<string, string> = {
  'slideview-skyline': 'Skyline renderer only (wx.worklet)',
}

export const WEUI_CASES: Record<string, WeuiCase> = {
  actionsheet: {
    uses: ['actionsheet'],
    wxml: '<mp-actionsheet show="{{true}}" title="Choose" actions="{{actions}}"></mp-actionsheet>',
    roots: ['.weui-actionsheet', '.weui-actionsheet__cell', '.weui-mask'],
  },
  badge: {
    uses: ['badge'],
    wxml: '<mp-badge content="8"></mp-badge><mp-badge></mp-badge>',
    roots: ['.weui-badge', '.weui-badge_dot'],
  },
  cell: {
    uses: ['cells', 'cell'],
    wxml: '<mp-cells><mp-cell title="Title" value="Value" footer="Foot" link></mp-cell></mp-cells>',
    roots: ['.weui-cell', '.weui-cell_access', '.weui-cell__bd', '.weui-cell__ft'],
  },
  cells: {
    uses: ['cells', 'cell'],
    wxml: '<mp-cells title="Group" footer="Tips"><mp-cell value="a"></mp-cell></mp-cells>',
    roots: ['.weui-cells', '.weui-cells__title', '.weui-cells__tips'],
  },
  checkbox: {
    uses: ['checkbox-group', 'checkbox'],
    wxml: '<mp-checkbox-group multi="{{true}}"><mp-checkbox label="A" value="a" checked="{{true}}"></mp-checkbox><mp-checkbox label="B" value="b"></mp-checkbox></mp-checkbox-group>',
    roots: ['.weui-check__label', '.weui-cell_checkbox'],
  },
  'checkbox-group': {
    uses: ['checkbox-group', 'checkbox'],
    wxml: '<mp-checkbox-group multi="{{false}}"><mp-checkbox label="A" value="a"></mp-checkbox><mp-checkbox label="B" value="b"></mp-checkbox></mp-checkbox-group>',
    roots: ['radio-group', '.weui-cell_radio'],
  },
  dialog: {
    uses: ['dialog'],
    wxml: '<mp-dialog show="{{true}}" title="Title" buttons="{{buttons}}"><view>Body</view></mp-dialog>',
    roots: ['.weui-dialog', '.weui-dialog__title', '.weui-dialog__btn', '.weui-mask'],
  },
  form: {
    uses: ['form', 'cells', 'cell'],
    wxml: '<mp-form ext-class="case-form" models="{{models}}" rules="{{rules}}"><mp-cells><mp-cell prop="name" title="Name"></mp-cell></mp-cells></mp-form>',
    roots: ['.case-form', '.weui-cell'],
  },
  'form-page': {
    uses: ['form-page'],
    wxml: '<mp-form-page title="Form" subtitle="Sub"></mp-form-page>',
    roots: ['.weui-form', '.weui-form__title', '.weui-form__desc'],
  },
  gallery: {
    uses: ['gallery'],
    wxml: '<mp-gallery show="{{true}}" img-urls="{{images}}"></mp-gallery>',
    roots: ['.weui-gallery', '.weui-gallery__img'],
  },
  grids: {
    uses: ['grids'],
    wxml: '<mp-grids grids="{{grids}}"></mp-grids>',
    roots: ['.weui-grids', '.weui-grid', '.weui-grid__label'],
  },
  'half-screen-dialog': {
    uses: ['half-screen-dialog'],
    wxml: '<mp-half-screen-dialog show="{{true}}" title="Half" desc="Desc" buttons="{{halfButtons}}"></mp-half-screen-dialog>',
    roots: ['.weui-half-screen-dialog', '.weui-half-screen-dialog__title', '.weui-btn'],
  },
  icon: {
    uses: ['icon'],
    wxml: '<mp-icon icon="add" color="black" size="{{25}}"></mp-icon>',
    roots: ['.weui-icon'],
  },
  loading: {
    uses: ['loading'],
    wxml: '<mp-loading type="circle" show="{{true}}"></mp-loading>',
    roots: ['.wx_loading_view', '.weui-loadmore', '.weui-loadmore__tips'],
  },
  msg: {
    uses: ['msg'],
    wxml: '<mp-msg type="success" title="Done" desc="All good"></mp-msg>',
    roots: ['.weui-msg', '.weui-msg__title', '.weui-msg__desc'],
  },
  'navigation-bar': {
    uses: ['navigation-bar'],
    wxml: '<mp-navigation-bar title="Nav" back="{{true}}"></mp-navigation-bar>',
    roots: ['.weui-navigation-bar', '.weui-navigation-bar__inner', '.weui-navigation-bar__center'],
  },
  searchbar: {
    uses: ['searchbar'],
    wxml: '<mp-searchbar placeholder="Search"></mp-searchbar>',
    roots: ['.weui-search-bar', '.weui-search-bar__input'],
  },
  slideview: {
    uses: ['slideview', 'cell'],
    wxml: '<mp-slideview buttons="{{slideButtons}}"><mp-cell value="Row"></mp-cell></mp-slideview>',
    roots: ['.weui-slideview', '.weui-slideview__btn'],
  },
  tabbar: {
    uses: ['tabbar'],
    wxml: '<mp-tabbar list="{{tabs}}" current="{{0}}"></mp-tabbar>',
    roots: ['.weui-tabbar', '.weui-tabbar__item', '.weui-bar__item_on', '.weui-tabbar__label'],
  },
  toptips: {
    uses: ['toptips'],
    wxml: '<mp-toptips msg="Oops" type="error" show="{{true}}"></mp-toptips>',
    roots: ['.weui-toptips'],
  },
  uploader: {
    uses: ['uploader'],
    wxml: '<mp-uploader title="Photos" files="{{files}}" max-count="{{3}}"></mp-uploader>',
    roots: ['.weui-uploader', '.weui-uploader__title', '.weui-uploader__file'],
  },
}

/** `slideview-skyline` → `weui-miniprogram/slideview/slideview-skyline`. */
export function weuiPath(name: string): string {
  const folder = name === 'slideview-skyline' ? 'slideview' : name
  return `weui-miniprogram/${folder}/${name}`
}

export const usingWeui = (names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [`mp-${n}`, weuiPath(n)]))

// Every component of @vant/weapp with its documented minimal props (youzan.github.io/vant-weapp),
// the way its docs show it; child components inside their parent. `roots` are the classes of
// the root elements each case must render, as vant's templates write them.

export interface VantCase {
  /** Component folders used by the markup: `collapse`, `collapse-item`. */
  uses: string[]
  wxml: string
  roots: string[]
}

const c = (uses: string[], wxml: string, roots: string[]): VantCase => ({ uses, wxml, roots })

/** Page data the cases bind to (options, columns, lists). */
export const VANT_DATA = {
  actions: [{ name: 'Option 1' }, { name: 'Option 2', subname: 'desc' }],
  areaList: {
    province_list: { 110000: 'Beijing' },
    city_list: { 110100: 'Beijing City' },
    county_list: { 110101: 'Dongcheng' },
  },
  cascaderOptions: [{ text: 'Zhejiang', value: '330000', children: [] }],
  now: 1700000000000,
  dropdownOptions: [
    { text: 'All goods', value: 0 },
    { text: 'New goods', value: 1 },
  ],
  columns: ['Hangzhou', 'Ningbo', 'Wenzhou'],
  shareOptions: [
    { name: 'WeChat', icon: 'wechat', openType: 'share' },
    { name: 'Link', icon: 'link' },
  ],
  steps: [{ text: 'Step 1', desc: 'a' }, { text: 'Step 2' }],
  treeItems: [{ text: 'Zhejiang', children: [{ text: 'Hangzhou', id: 1 }] }],
  fileList: [{ url: 'https://img.yzcdn.cn/vant/leaf.jpg', name: 'leaf' }],
}

export const VANT_CASES: Record<string, VantCase> = {
  'action-sheet': c(
    ['action-sheet'],
    `<van-action-sheet show="{{ true }}" actions="{{ actions }}" />`,
    ['van-action-sheet', 'van-action-sheet__item'],
  ),
  area: c(['area'], `<van-area area-list="{{ areaList }}" />`, ['van-picker']),
  button: c(['button'], `<van-button type="primary">Primary</van-button>`, ['van-button']),
  calendar: c(
    ['calendar'],
    `<van-calendar poppable="{{ false }}" show-confirm="{{ false }}" min-date="{{ now }}" max-date="{{ now + 86400000 * 40 }}" />`,
    // its own components: calendar/components/header and month
    ['van-calendar', 'van-calendar__header', 'van-calendar__month'],
  ),
  card: c(['card'], `<van-card num="2" price="2.00" desc="d" title="Title" />`, ['van-card']),
  cascader: c(['cascader'], `<van-cascader title="Area" options="{{ cascaderOptions }}" />`, [
    'van-cascader__header',
    'van-cascader__options',
  ]),
  cell: c(
    ['cell', 'cell-group'],
    `<van-cell-group><van-cell title="Cell" value="v" /></van-cell-group>`,
    ['van-cell-group', 'van-cell'],
  ),
  checkbox: c(
    ['checkbox', 'checkbox-group'],
    `<van-checkbox-group value="{{ ['a'] }}"><van-checkbox name="a">A</van-checkbox></van-checkbox-group>`,
    ['van-checkbox-group', 'van-checkbox'],
  ),
  circle: c(['circle'], `<van-circle value="{{ 30 }}" text="30%" />`, ['van-circle']),
  layout: c(['row', 'col'], `<van-row><van-col span="8">span: 8</van-col></van-row>`, [
    'van-row',
    'van-col',
  ]),
  collapse: c(
    ['collapse', 'collapse-item'],
    `<van-collapse value="{{ ['1'] }}"><van-collapse-item title="T" name="1">Body</van-collapse-item></van-collapse>`,
    ['van-collapse', 'van-collapse-item'],
  ),
  'config-provider': c(
    ['config-provider', 'button'],
    `<van-config-provider theme-vars="{{ { buttonPrimaryBackgroundColor: 'red' } }}"><van-button>b</van-button></van-config-provider>`,
    ['van-config-provider'],
  ),
  'count-down': c(['count-down'], `<van-count-down time="{{ 30 * 60 * 1000 }}" />`, [
    'van-count-down',
  ]),
  'datetime-picker': c(
    ['datetime-picker'],
    `<van-datetime-picker type="date" value="{{ now }}" />`,
    ['van-picker'],
  ),
  dialog: c(['dialog'], `<van-dialog show="{{ true }}" title="Title" message="Message" />`, [
    'van-dialog',
  ]),
  divider: c(['divider'], `<van-divider contentPosition="center">Text</van-divider>`, [
    'van-divider',
  ]),
  dropdown: c(
    ['dropdown-menu', 'dropdown-item'],
    `<van-dropdown-menu><van-dropdown-item value="{{ 0 }}" options="{{ dropdownOptions }}" /></van-dropdown-menu>`,
    ['van-dropdown-menu', 'van-dropdown-menu__item'],
  ),
  empty: c(['empty'], `<van-empty description="Nothing" />`, ['van-empty']),
  field: c(['field'], `<van-field value="" label="Name" placeholder="Your name" />`, ['van-field']),
  'goods-action': c(
    ['goods-action', 'goods-action-icon', 'goods-action-button'],
    `<van-goods-action><van-goods-action-icon icon="chat-o" text="Chat" /><van-goods-action-button text="Buy" /></van-goods-action>`,
    ['van-goods-action', 'van-goods-action-icon', 'van-goods-action-button'],
  ),
  grid: c(
    ['grid', 'grid-item'],
    `<van-grid><van-grid-item icon="photo-o" text="Text" /></van-grid>`,
    ['van-grid', 'van-grid-item'],
  ),
  icon: c(['icon'], `<van-icon name="chat-o" />`, ['van-icon']),
  image: c(
    ['image'],
    `<van-image width="100" height="100" src="https://img.yzcdn.cn/vant/cat.jpeg" />`,
    ['van-image'],
  ),
  'index-bar': c(
    ['index-bar', 'index-anchor'],
    `<van-index-bar><van-index-anchor index="A" /></van-index-bar>`,
    ['van-index-bar', 'van-index-anchor'],
  ),
  info: c(['info'], `<van-info info="5" />`, ['van-info']),
  loading: c(['loading'], `<van-loading />`, ['van-loading']),
  'nav-bar': c(['nav-bar'], `<van-nav-bar title="Title" left-text="Back" left-arrow />`, [
    'van-nav-bar',
  ]),
  'notice-bar': c(['notice-bar'], `<van-notice-bar text="Notice" />`, ['van-notice-bar']),
  notify: c(['notify'], `<van-notify id="van-notify" />`, []),
  overlay: c(['overlay'], `<van-overlay show="{{ true }}" />`, ['van-overlay']),
  panel: c(['panel'], `<van-panel title="Title" desc="Desc" status="Status" />`, ['van-panel']),
  picker: c(['picker'], `<van-picker columns="{{ columns }}" />`, [
    'van-picker',
    'van-picker-column',
  ]),
  'picker-column': c(['picker-column'], `<van-picker-column options="{{ columns }}" />`, [
    'van-picker-column',
  ]),
  popup: c(['popup'], `<van-popup show="{{ true }}">Content</van-popup>`, ['van-popup']),
  progress: c(['progress'], `<van-progress percentage="50" />`, ['van-progress']),
  radio: c(
    ['radio', 'radio-group'],
    `<van-radio-group value="1"><van-radio name="1">R</van-radio></van-radio-group>`,
    ['van-radio-group', 'van-radio'],
  ),
  rate: c(['rate'], `<van-rate value="{{ 3 }}" />`, ['van-rate']),
  search: c(['search'], `<van-search value="" placeholder="Search" />`, ['van-search']),
  'share-sheet': c(
    ['share-sheet'],
    `<van-share-sheet show="{{ true }}" title="Share" options="{{ shareOptions }}" />`,
    // with its own share-sheet/options
    ['van-share-sheet', 'van-share-sheet__options'],
  ),
  sidebar: c(
    ['sidebar', 'sidebar-item'],
    `<van-sidebar active-key="{{ 0 }}"><van-sidebar-item title="Tag" /></van-sidebar>`,
    ['van-sidebar', 'van-sidebar-item'],
  ),
  skeleton: c(['skeleton'], `<van-skeleton title row="3" />`, ['van-skeleton']),
  slider: c(['slider'], `<van-slider value="50" />`, ['van-slider']),
  stepper: c(['stepper'], `<van-stepper value="{{ 1 }}" />`, ['van-stepper']),
  steps: c(['steps'], `<van-steps steps="{{ steps }}" active="{{ 0 }}" />`, ['van-steps']),
  sticky: c(['sticky'], `<van-sticky><view>Sticky</view></van-sticky>`, ['van-sticky']),
  'submit-bar': c(['submit-bar'], `<van-submit-bar price="{{ 3050 }}" button-text="Pay" />`, [
    'van-submit-bar',
  ]),
  'swipe-cell': c(
    ['swipe-cell'],
    `<van-swipe-cell right-width="{{ 65 }}"><view>Cell</view><view slot="right">Delete</view></van-swipe-cell>`,
    ['van-swipe-cell'],
  ),
  switch: c(['switch'], `<van-switch checked="{{ true }}" />`, ['van-switch']),
  tabs: c(
    ['tabs', 'tab'],
    `<van-tabs active="{{ 0 }}"><van-tab title="A">a</van-tab><van-tab title="B">b</van-tab></van-tabs>`,
    ['van-tabs', 'van-tab', 'van-tab__pane'],
  ),
  tabbar: c(
    ['tabbar', 'tabbar-item'],
    `<van-tabbar active="{{ 0 }}"><van-tabbar-item icon="home-o">Home</van-tabbar-item></van-tabbar>`,
    ['van-tabbar', 'van-tabbar-item'],
  ),
  tag: c(['tag'], `<van-tag type="primary">Tag</van-tag>`, ['van-tag']),
  toast: c(['toast'], `<van-toast id="van-toast" />`, []),
  transition: c(['transition'], `<van-transition show="{{ true }}">Fade</van-transition>`, [
    'van-transition',
  ]),
  'tree-select': c(
    ['tree-select'],
    `<van-tree-select items="{{ treeItems }}" main-active-index="{{ 0 }}" active-id="{{ 1 }}" />`,
    ['van-tree-select'],
  ),
  uploader: c(['uploader'], `<van-uploader file-list="{{ fileList }}" />`, ['van-uploader']),
}

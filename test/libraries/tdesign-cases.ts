// Every tdesign-miniprogram component with the minimal props its documentation asks for, and
// the element its template roots in (`.t-button`). Child components that only live inside a
// parent (tab-panel in tabs, dropdown-item in dropdown-menu…) are written inside it, as the
// documentation shows them; their case then names both.

export interface TdesignCase {
  /** Component path inside the package (without extension): `button/button`. */
  id: string
  /** Markup using the tag `t-<case name>` (and the tags of `alsoUses`). */
  wxml: string
  /** Selector of the element the component renders at its root (none: it shows nothing yet). */
  root: string | null
}

/** Page data the cases bind to. */
export const CASE_DATA = {
  items: [{ label: 'One' }, { label: 'Two' }],
  options: [
    { label: 'A', value: 'a' },
    { label: 'B', value: 'b' },
  ],
  columns: [{ label: 'A', value: 'a' }],
  cascader: [{ label: 'A', value: 'a', children: [{ label: 'A1', value: 'a1' }] }],
  chatText: { type: 'text', data: 'hello' },
  chatMessage: [{ type: 'text', data: 'hello' }],
  chatList: [{ role: 'user', content: [{ type: 'text', data: 'hi' }] }],
  thinking: { title: 'Thinking', text: 'step 1' },
  markdownNode: { type: 'text', raw: 'hi', text: 'hi' },
  markdownNodes: [{ type: 'text', raw: 'hi', text: 'hi' }],
  tableColumns: [{ colKey: 'name', title: 'Name' }],
  tableData: [{ name: 'Ann' }],
  treeOptions: [{ label: 'A', value: 'a', children: [{ label: 'A1', value: 'a1' }] }],
  images: ['https://example.com/a.png'],
  steps: [{ label: 'Step', content: 'x' }],
  segments: [
    { label: 'A', value: 'a' },
    { label: 'B', value: 'b' },
  ],
  guideSteps: [{ title: 'Hi', body: 'Welcome', mode: 'dialog' }],
  swiperList: ['https://example.com/a.png', 'https://example.com/b.png'],
  attachments: [{ fileType: 'image', name: 'a.png', url: 'https://example.com/a.png' }],
  files: [{ url: 'https://example.com/a.png', name: 'a.png', type: 'image' }],
}

const simple = (name: string, attrs = '', root: string | null = `.t-${name}`): TdesignCase => ({
  id: `${name}/${name}`,
  wxml: `<t-${name} ${attrs}/>`,
  root,
})

const wrapped = (name: string, wxml: string, root: string | null = `.t-${name}`): TdesignCase => ({
  id: `${name}/${name}`,
  wxml,
  root,
})

export const TDESIGN_CASES: readonly TdesignCase[] = [
  simple('action-sheet', 'visible="{{true}}" items="{{items}}"', '.t-action-sheet__content'),
  simple('attachments', 'items="{{attachments}}"'),
  wrapped('avatar-group', '<t-avatar-group><t-avatar>A</t-avatar></t-avatar-group>'),
  simple('avatar', 'image="https://example.com/a.png"'),
  simple('back-top', ''),
  simple('badge', 'count="8" content="x"'),
  simple('button', 'content="OK"'),
  simple('calendar', 'visible="{{true}}"'),
  // Shown, cascader asks SelectorQuery for `.cascader-radio-group-0`, a class on a virtualHost
  // t-radio-group: mpsim's query does not match virtual hosts yet (the rect comes back null).
  simple('cascader', 'options="{{cascader}}"', null),
  wrapped('cell-group', '<t-cell-group title="G"><t-cell title="Cell" /></t-cell-group>'),
  simple('cell', 'title="Title" note="note"'),
  simple('chat-actionbar', ''),
  simple('chat-content', 'content="{{chatText}}" role="user"'),
  simple('chat-list', ''),
  simple('chat-loading', ''),
  {
    id: 'chat-markdown/chat-markdown-code/chat-markdown-code',
    wxml: '<t-chat-markdown-code node="{{markdownNode}}" />',
    root: null,
  },
  {
    id: 'chat-markdown/chat-markdown-node/chat-markdown-node',
    wxml: '<t-chat-markdown-node nodes="{{markdownNodes}}" />',
    root: null,
  },
  {
    id: 'chat-markdown/chat-markdown-table/chat-markdown-table',
    wxml: '<t-chat-markdown-table node="{{markdownNode}}" />',
    root: null,
  },
  {
    id: 'chat-markdown/chat-markdown-tail/chat-markdown-tail',
    wxml: '<t-chat-markdown-tail />',
    root: null,
  },
  simple('chat-markdown', 'content="# Hi"'),
  simple('chat-message', 'content="{{chatMessage}}" role="user"'),
  simple('chat-record', ''),
  simple('chat-sender', ''),
  simple('chat-thinking', 'content="{{thinking}}" status="pending"'),
  simple('check-tag', 'content="Tag"', '.t-tag'),
  wrapped(
    'checkbox-group',
    '<t-checkbox-group value="{{[]}}"><t-checkbox value="a" label="A" /></t-checkbox-group>',
  ),
  simple('checkbox', 'label="Check"'),
  wrapped('col', '<t-row><t-col span="12">c</t-col></t-row>'),
  wrapped(
    'collapse-panel',
    '<t-collapse value="{{[0]}}"><t-collapse-panel header="H" value="{{0}}">c</t-collapse-panel></t-collapse>',
  ),
  simple('collapse', ''),
  simple('color-picker', 'type="multiple"', '.t-color-picker__panel'),
  wrapped('config-provider', '<t-config-provider><text>x</text></t-config-provider>', null),
  simple('count-down', 'time="{{60000}}"'),
  simple('date-time-picker', 'visible="{{true}}" mode="date"'),
  simple('dialog', 'visible="{{true}}" title="T" content="C"'),
  simple('divider', 'content="or"'),
  simple('drawer', 'visible="{{true}}" items="{{items}}"'),
  wrapped(
    'dropdown-item',
    '<t-dropdown-menu><t-dropdown-item label="Menu" options="{{options}}" value="a" /></t-dropdown-menu>',
    null, // its panel renders once the menu opens
  ),
  simple('dropdown-menu', ''),
  simple('empty', 'description="Nothing"'),
  {
    id: 'fab/draggable/draggable',
    wxml: '<t-fab-draggable><text>d</text></t-fab-draggable>',
    root: null,
  },
  simple('fab', 'icon="add"'),
  simple('footer', 'text="Footer"'),
  wrapped('form-item', '<t-form><t-form-item label="Name" name="name">x</t-form-item></t-form>'),
  simple('form', ''),
  wrapped('grid-item', '<t-grid column="{{2}}"><t-grid-item text="A" icon="app" /></t-grid>'),
  simple('grid', ''),
  simple('guide', 'steps="{{guideSteps}}"', null),
  simple('icon', 'name="add"'),
  simple('image-viewer', 'visible="{{true}}" images="{{images}}"'),
  simple('image', 'src="https://example.com/a.png"'),
  wrapped(
    'indexes-anchor',
    '<t-indexes index-list="{{[\'A\']}}"><t-indexes-anchor index="A" /></t-indexes>',
  ),
  simple('indexes', ''),
  simple('input', 'label="Name" placeholder="type"'),
  simple('link', 'content="Link"'),
  simple('loading', ''),
  { id: 'message-item/message-item', wxml: '<t-message-item />', root: null },
  simple('message', '', null),
  simple('navbar', 'title="Title"'),
  simple('notice-bar', 'visible="{{true}}" content="Notice"'),
  simple('overlay', 'visible="{{true}}"'),
  simple('paragraph', 'content="Text"', '.t-typography'),
  wrapped(
    'picker-item',
    '<t-picker visible="{{true}}" title="P"><t-picker-item options="{{options}}" /></t-picker>',
    '.t-picker-item__group',
  ),
  simple('picker', 'visible="{{true}}" title="P"'),
  simple('popover', 'content="Pop"', '.t-popover__wrapper'),
  simple('popup', 'visible="{{true}}"'),
  simple('progress', 'percentage="{{30}}"'),
  simple('pull-down-refresh', ''),
  {
    id: 'qrcode/components/qrcode-canvas/qrcode-canvas',
    wxml: '<t-qrcode-canvas value="https://example.com" />',
    root: null,
  },
  {
    id: 'qrcode/components/qrcode-status/qrcode-status',
    wxml: '<t-qrcode-status status="loading" />',
    root: null,
  },
  simple('qrcode', 'value="https://example.com"'),
  wrapped(
    'radio-group',
    '<t-radio-group value="a"><t-radio value="a" label="A" /></t-radio-group>',
  ),
  simple('radio', 'label="Radio"'),
  simple('rate', 'value="{{3}}"'),
  simple('result', 'title="Done"'),
  simple('row', ''),
  simple('scroll-view', '', null),
  simple('search', 'placeholder="Search"'),
  simple('segmented', 'options="{{segments}}" value="a"'),
  wrapped(
    'side-bar-item',
    '<t-side-bar value="{{0}}"><t-side-bar-item value="{{0}}" label="A" /></t-side-bar>',
  ),
  simple('side-bar', ''),
  simple('skeleton', 'loading="{{true}}"'),
  simple('slider', 'value="{{30}}"'),
  wrapped(
    'step-item',
    '<t-steps current="{{0}}"><t-step-item title="S1" /></t-steps>',
    '.t-steps-item',
  ),
  simple('stepper', 'value="{{1}}"'),
  simple('steps', ''),
  simple('sticky', ''),
  simple('swipe-cell', ''),
  wrapped(
    'swiper-nav',
    '<t-swiper list="{{swiperList}}"><t-swiper-nav slot="nav" total="{{2}}" current="{{0}}" /></t-swiper>',
  ),
  simple('swiper', 'list="{{swiperList}}"'),
  simple('switch', ''),
  wrapped(
    'tab-bar-item',
    '<t-tab-bar value="a"><t-tab-bar-item value="a" icon="home">Home</t-tab-bar-item></t-tab-bar>',
  ),
  simple('tab-bar', ''),
  wrapped(
    'tab-panel',
    '<t-tabs value="a"><t-tab-panel label="A" value="a">A</t-tab-panel></t-tabs>',
  ),
  simple('table', 'columns="{{tableColumns}}" data="{{tableData}}" row-key="name"'),
  simple('tabs', ''),
  simple('tag', 'content="Tag"'),
  simple('text', 'content="Text"', '.t-typography'),
  simple('textarea', 'placeholder="More"'),
  simple('title', 'content="Title"', '.t-typography'),
  simple('toast', '', null),
  simple('transition', 'visible="{{true}}"'),
  simple('tree-select', 'options="{{treeOptions}}"'),
  simple('upload', 'files="{{files}}"'),
  simple('watermark', 'content="WM"'),
]

/** `chat-markdown/chat-markdown-code/chat-markdown-code` → `t-chat-markdown-code`. */
export const tagOf = (id: string): string => `t-${id.split('/').pop()}`

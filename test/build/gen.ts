// Generates a large project on disk (for the speed test and benchmarks): `pages` pages, each
// with WXML, WXSS, JS and JSON, sharing a handful of components and WXS modules.

import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export function largeProject(pages: number, components = 20): Record<string, string> {
  const files: Record<string, string> = {}
  const pageIds = Array.from({ length: pages }, (_, i) => `pages/p${i}/p${i}`)
  files['app.json'] = JSON.stringify({ pages: pageIds, window: { navigationBarTitleText: 'big' } })
  files['app.js'] = "const util = require('./utils/util.js')\nApp({ util })\n"
  files['app.wxss'] = '.row { padding: 12rpx 24rpx; }\n'
  files['utils/util.js'] = 'export const add = (a, b) => a + b\n'
  files['utils/fmt.wxs'] =
    "var pad = require('./pad.wxs')\nmodule.exports = { f: function (n) { return pad.p(n) } }\n"
  files['utils/pad.wxs'] = "module.exports.p = function (n) { return n < 10 ? '0' + n : '' + n }\n"
  for (let c = 0; c < components; c++) {
    const id = `components/c${c}/c${c}`
    const inner = c + 1 < components ? { [`c-${c + 1}`]: `../c${c + 1}/c${c + 1}` } : {}
    files[`${id}.json`] = JSON.stringify({ component: true, usingComponents: inner })
    files[`${id}.js`] =
      "Component({ properties: { v: Number }, methods: { t() { this.triggerEvent('t') } } })\n"
    files[`${id}.wxss`] = `.c${c} { margin: ${c}rpx; color: red; }\n.c${c} .x { width: 100rpx; }\n`
    files[`${id}.wxml`] =
      `<wxs module="fmt" src="/utils/fmt.wxs" />\n<view class="c${c}" bindtap="t">{{fmt.f(v)}}<slot/></view>\n` +
      (c + 1 < components && c % 5 !== 4 ? `<c-${c + 1} v="{{v + 1}}" />\n` : '')
  }
  pageIds.forEach((id, i) => {
    const comp = `c${(i * 5) % components}`
    files[`${id}.json`] = JSON.stringify({
      usingComponents: { item: `/components/${comp}/${comp}` },
      navigationBarTitleText: `P${i}`,
    })
    files[`${id}.js`] =
      `const { add } = require('../../utils/util.js')\nPage({ data: { list: [1, 2, 3], n: add(${i}, 1) }, onTap(e) { this.setData({ n: this.data.n + 1 }) } })\n`
    files[`${id}.wxss`] =
      `.p${i} { font-size: 28rpx; }\n.p${i} .row:nth-child(2n) { background: #eee; }\n`
    files[`${id}.wxml`] =
      `<view class="p${i}">\n  <view wx:for="{{list}}" wx:key="*this" class="row" data-i="{{index}}" bindtap="onTap">\n` +
      `    <text wx:if="{{item % 2}}">odd {{item}}</text>\n    <text wx:else>even {{item * n}}</text>\n` +
      `    <item v="{{item}}">slot {{n}}</item>\n  </view>\n  <input value="{{n}}" bindinput="onTap" />\n</view>\n`
  })
  return files
}

export async function writeProject(dir: string, files: Record<string, string>): Promise<void> {
  await Promise.all(
    Object.entries(files).map(async ([path, text]) => {
      await mkdir(dirname(join(dir, path)), { recursive: true })
      await writeFile(join(dir, path), text)
    }),
  )
}

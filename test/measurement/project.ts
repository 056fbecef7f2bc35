// A small mini program for the measurement tests: a counter page whose `busy` handler
// busy-waits a given time before setData, a `tap` handler that only calls setData, and a
// `big` handler that sends a payload of a given length.

import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { tempDir } from '../headless/todo-flow.ts'

const files: Record<string, string> = {
  'app.json': JSON.stringify({ pages: ['pages/index/index', 'pages/other/other'] }),
  'app.js': `App({})`,
  'pages/index/index.wxml': `<view id="count">{{count}}</view>
<button id="tap" bindtap="tap">tap</button>
<button id="busy" bindtap="busy" data-ms="120">busy</button>
<view id="blob">{{blob.length}}</view>`,
  'pages/index/index.js': `Page({
  data: { count: 0, blob: '' },
  tap() { this.setData({ count: this.data.count + 1 }) },
  busy(e) {
    const start = Date.now()
    const end = start + Number(e.currentTarget.dataset.ms)
    while (Date.now() < end) {}
    // what the handler itself saw: on a loaded machine the thread may lose the CPU past \`end\`
    this.setData({ count: this.data.count + 1, busyMs: Date.now() - start })
  },
  /** sends a string whose setData JSON length is exactly size */
  big(size) {
    const overhead = JSON.stringify({ blob: '' }).length
    this.setData({ blob: 'x'.repeat(size - overhead) })
  },
  many(n) { for (let i = 0; i < n; i++) this.setData({ count: i }) },
})`,
  'pages/other/other.wxml': `<view>other</view>`,
  'pages/other/other.js': `Page({})`,
}

export async function measurementProject(): Promise<{ dir: string; remove(): Promise<void> }> {
  const temp = await tempDir('mpsim-measure-')
  for (const [path, text] of Object.entries(files)) {
    const file = join(temp.dir, path)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, text)
  }
  return temp
}

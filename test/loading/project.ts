// A project for the loading strategies (docs/packages.md): a main package with two pages, a
// subpackage with a name, an independent subpackage, one more subpackage, and preloadRule
// entries; app.js and the pages record their lifecycles in `globalData.events`. `launchLoading`
// runs it on the Node home with the package wrapped, so a test can slow a subpackage's download
// down (as a CDN would) or make it fail.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { MiniProgram } from '../../index.ts'
import { Host, type HostOptions } from '../../runtime/host/host.ts'
import { nodePlatform } from '../../runtime/host/node/platform.ts'
import { loadPackage } from '../../runtime/host/package.ts'
import type { LoadedPackage } from '../../runtime/host/platform.ts'

const page = (name: string) => `Page({
  data: { name: '${name}', n: 0 },
  onShow() { getApp({ allowDefault: true }).globalData?.events.push('${name}.onShow') },
  onHide() { getApp({ allowDefault: true }).globalData?.events.push('${name}.onHide') },
  bump() { this.setData({ n: this.data.n + 1 }) },
})`

export const LOADING_PROJECT: Record<string, string> = {
  'app.json': JSON.stringify({
    pages: ['pages/index/index', 'pages/other/other'],
    subpackages: [
      { root: 'packageA', name: 'animals', pages: ['pages/cat/cat'] },
      { root: 'packageB', pages: ['pages/dog/dog'], independent: true },
      { root: 'packageC', pages: ['pages/fish/fish'] },
    ],
    preloadRule: {
      'pages/other/other': { network: 'all', packages: ['animals'] },
      'pages/index/index': { packages: ['packageC'] },
      'packageB/pages/dog/dog': { network: 'all', packages: ['__APP__'] },
    },
  }),
  'app.js': `const { events: early = [] } = getApp({ allowDefault: true }).globalData || {}
App({
  globalData: { events: early, launches: 0 },
  onLaunch(o) { this.globalData.launches++; this.globalData.events.push('App.onLaunch ' + o.path) },
  onShow() { this.globalData.events.push('App.onShow') },
  onHide() { this.globalData.events.push('App.onHide') },
})
wx.onAppHide(() => getApp().globalData.events.push('wx.onAppHide'))
wx.onAppShow(() => getApp().globalData.events.push('wx.onAppShow'))`,
  'pages/index/index.wxml': '<view class="title">{{name}} {{n}}</view>',
  'pages/index/index.js': page('index'),
  'pages/other/other.wxml': '<view class="title">{{name}}</view>',
  'pages/other/other.json': JSON.stringify({ restartStrategy: 'homePageAndLatestPage' }),
  'pages/other/other.js': page('other'),
  'packageA/pages/cat/cat.wxml': '<view class="title">{{name}}</view>',
  'packageA/pages/cat/cat.js': page('cat'),
  'packageC/pages/fish/fish.wxml': '<view class="title">{{name}}</view>',
  'packageC/pages/fish/fish.js': page('fish'),
  'packageB/pages/dog/dog.wxml': '<view class="title">{{name}}</view>',
  'packageB/pages/dog/dog.js': `const app = getApp({ allowDefault: true })
app.fromDog = 'set before App()'
app.globalData = app.globalData || { events: [] }
app.globalData.events.push('dog loaded, getApp() is ' + typeof getApp())
${page('dog')}`,
}

export async function writeLoadingProject(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-loading-'))
  for (const [path, text] of Object.entries(LOADING_PROJECT)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/** How a test changes the package: each subpackage download goes through `download`. */
export type DownloadHook = (
  root: string,
  read: () => ReturnType<LoadedPackage['subpackageLogic']>,
) => ReturnType<LoadedPackage['subpackageLogic']>

/** Launches on the Node home with each subpackage download passed through `download`. */
export async function launchLoading(
  options: HostOptions,
  download: DownloadHook = (_root, read) => read(),
): Promise<MiniProgram> {
  const pkg = await loadPackage(options)
  const wrapped: LoadedPackage = {
    ...pkg,
    viewSource: (route) => pkg.viewSource(route),
    subpackageLogic: (root) => download(root, () => pkg.subpackageLogic(root)),
    dispose: () => pkg.dispose(),
  }
  const host = new Host(wrapped, options, nodePlatform)
  try {
    await host.start()
  } catch (error) {
    await host.close()
    throw error
  }
  return new MiniProgram(host)
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A download `ms` slower (a CDN's latency), or one that fails. */
export const slow =
  (ms: number): DownloadHook =>
  async (_root, read) => {
    await sleep(ms)
    return read()
  }

export async function events(mp: MiniProgram): Promise<string[]> {
  return (await mp.evaluate('function () { return getApp().globalData.events }')) as string[]
}

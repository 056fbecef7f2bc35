// Webview preloading (docs/packages.md): with `preloadWebview` (the default) the host prepares
// a spare view after each page's first render and the next navigation takes it; without, every
// page makes its view on the spot. The navigation timings say which view each page got, and the
// spare makes navigateTo → first render faster (medians of the same navigations, same run).

import { afterAll, describe, expect, it } from 'vitest'
import type { MiniProgram } from '../../index.ts'
import { launchLoading, sleep, writeLoadingProject } from './project.ts'

const project = await writeLoadingProject()
afterAll(() => project.remove())

const RUNS = 9

/** navigateTo → first render (ms) of RUNS navigations, each after a pause for the spare. */
async function navigations(mp: MiniProgram): Promise<Array<{ ms: number; preloaded: boolean }>> {
  for (let i = 0; i < RUNS; i++) {
    await sleep(30) // the spare is made in later tasks after the first render
    await mp.navigateTo(`/pages/other/other?i=${i}`)
    await mp.navigateBack()
  }
  return mp
    .navigationTimings()
    .filter((t) => t.openType === 'navigateTo')
    .map((t) => ({ ms: t.toFirstRender!, preloaded: t.preloadedView }))
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

describe.each(['single-thread', 'worker'] as const)('webview preloading (%s)', (mode) => {
  it('the next navigation takes the preloaded view, and gets to its first render sooner', async () => {
    const on = await launchLoading({ project: project.dir, mode, preloadWebview: true })
    const off = await launchLoading({ project: project.dir, mode, preloadWebview: false })
    try {
      // warm both up the same way (the first navigation of a process compiles code)
      await navigations(on)
      await navigations(off)
      const withSpare = await navigations(on)
      const without = await navigations(off)
      expect(withSpare.every((n) => n.preloaded)).toBe(true)
      expect(without.some((n) => n.preloaded)).toBe(false)
      const a = median(withSpare.map((n) => n.ms))
      const b = median(without.map((n) => n.ms))
      console.log(
        `[webview preloading, ${mode}] navigateTo → first render, median of ${RUNS}: ` +
          `${a.toFixed(1)} ms with a preloaded view, ${b.toFixed(1)} ms without (${(b / a).toFixed(2)}×)`,
      )
      expect(a).toBeLessThan(b)
      expect(on.errors).toEqual([])
      expect(off.errors).toEqual([])
    } finally {
      await on.close()
      await off.close()
    }
  })
})

it('a page takes the spare with its own URL and nothing of the page before', async () => {
  const mp = await launchLoading({ project: project.dir, mode: 'single-thread' })
  try {
    await sleep(30)
    expect(mp.host.views.hasSpare).toBe(true)
    const page = await mp.navigateTo('/pages/other/other')
    const doc = mp.host.views.get(page.webviewId)!.document
    expect(doc.URL).toBe('https://mpsim.local/pages/other/other')
    expect(doc.querySelectorAll('style[data-mpsim="builtins"]').length).toBe(1)
    expect(doc.body.textContent).toBe('other')
    await sleep(30)
    expect(mp.host.views.hasSpare).toBe(true) // a new spare for the navigation after
  } finally {
    await mp.close()
  }
})

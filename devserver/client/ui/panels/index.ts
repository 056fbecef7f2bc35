// The dev panels beside the phone, as tabs: Console, AppData, Storage, Bridge, Performance. Each panel is
// told what changed and redraws only then.

import { h } from '../dom.ts'
import type { SessionTopic, SimulatorSession } from '../session.ts'
import { createAppDataPanel } from './app-data.ts'
import { createBridgePanel } from './bridge.ts'
import { createConsolePanel } from './console.ts'
import { createPerformancePanel } from './performance.ts'
import { createStoragePanel } from './storage.ts'

export type PanelName = 'console' | 'appdata' | 'storage' | 'bridge' | 'performance'

export interface MountedPanels {
  show(name: PanelName): void
  /** The AppData panel's read: resolves when the data on screen is fresh. */
  readAppData(): Promise<void>
  destroy(): void
}

interface Panel {
  el: HTMLElement
  update(topics: ReadonlySet<SessionTopic>): void
  setVisible?(visible: boolean): void
  destroy?(): void
}

const TITLES: Record<PanelName, string> = {
  console: 'Console',
  appdata: 'AppData',
  storage: 'Storage',
  bridge: 'Bridge',
  performance: 'Performance',
}

export function mountPanels(root: HTMLElement, session: SimulatorSession): MountedPanels {
  const doc = root.ownerDocument
  const appData = createAppDataPanel(doc, session)
  const panels: Record<PanelName, Panel> = {
    console: createConsolePanel(doc, session),
    appdata: appData,
    storage: createStoragePanel(doc, session),
    bridge: createBridgePanel(doc, session),
    performance: createPerformancePanel(doc, session),
  }
  const names = Object.keys(panels) as PanelName[]
  const tabs = names.map((name) =>
    h(
      doc,
      'button.mpsim-panel-tab',
      { type: 'button', role: 'tab', 'data-panel': name, onclick: () => show(name) },
      TITLES[name],
    ),
  )
  const el = h(
    doc,
    'div.mpsim-panels',
    {},
    h(doc, 'div.mpsim-panel-tabs', { role: 'tablist' }, ...tabs),
    ...names.map((name) => panels[name].el),
  )
  root.appendChild(el)

  function show(name: PanelName) {
    for (const [i, n] of names.entries()) {
      panels[n].el.hidden = n !== name
      panels[n].setVisible?.(n === name)
      tabs[i]!.setAttribute('aria-selected', String(n === name))
    }
  }

  const unsubscribe = session.subscribe((topics) => {
    for (const name of names) panels[name].update(topics)
  })
  show('console')

  return {
    show,
    readAppData: () => appData.read(),
    destroy() {
      unsubscribe()
      for (const name of names) panels[name].destroy?.()
      el.remove()
    },
  }
}

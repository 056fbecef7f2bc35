// Every method the automator server answers, by domain. docs/automation.md lists the same names
// (a test compares them).

import { appMethods } from './app.ts'
import { elementMethods } from './element.ts'
import { pageMethods } from './page.ts'
import type { Handler } from './session.ts'
import { toolMethods } from './tool.ts'

export const METHODS: Readonly<Record<string, Handler>> = {
  ...appMethods,
  ...pageMethods,
  ...elementMethods,
  ...toolMethods,
}

/** Events the server sends. */
export const EVENTS = ['App.logAdded', 'App.bindingCalled', 'App.exceptionThrown'] as const

export { BUILTIN_ACTIONS } from './element-actions.ts'

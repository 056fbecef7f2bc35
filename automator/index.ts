// The automator server (issue 9): WeChat's miniprogram-automator client drives mpsim over one
// WebSocket, headless or in the browser simulator. See docs/automation.md.

export { startAutomatorServer, type AutomatorOptions } from './headless.ts'
export { serveAutomator, type AutomatorServer, type MethodTable } from './server.ts'
export { METHODS, EVENTS, BUILTIN_ACTIONS } from './methods.ts'
export type { AutomatorHome } from './session.ts'
export { AutomatorError } from './errors.ts'

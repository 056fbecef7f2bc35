// The simulator's UI as plain DOM modules: the phone (`mountSimulator`) and the dev panels
// (`mountPanels`), both drawn from a SimulatorSession; `hostSession` makes one over a Host.
// Styles: simulator.css beside this file.

export { mountSimulator, type MountedSimulator } from './simulator.ts'
export { mountPanels, type MountedPanels, type PanelName } from './panels/index.ts'
export { hostSession, type HostSessionOptions, type SessionHost } from './host-session.ts'
export { deviceNames, presetNamed, customDevice } from './devices.ts'
export type * from './session.ts'

// mpsim's public face: `import { launch } from 'mpsim'` runs a mini program headless.

export { launch, MiniProgram, Page, Element } from './headless/index.ts'
export type { LaunchOptions, HostError, MockResult, HostOptions } from './headless/index.ts'

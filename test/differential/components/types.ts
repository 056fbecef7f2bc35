// Component cases of the differential test: a page and several custom components (WXML + JS +
// their usingComponents), a script of actions, and what each engine reports after each step —
// the rendered tree (custom component hosts included) and the lines the components logged.

import type { EngineName } from '../types.ts'

export interface ComponentSource {
  wxml: string
  /** `Component({...})`; `log(...)` appends a line to the case's log (strings as they are,
   *  other values as JSON, joined by spaces). */
  js: string
  /** usingComponents: tag → component path (`comp/child`, from the project root). */
  using?: Record<string, string>
}

/** One action; the tree and the log are compared after each. */
export type Step =
  /** `setData` on the page, or on the component reached by `selectComponent` along `on`. */
  | { setData: Record<string, unknown>; on?: string[] }
  /** Calls a method of the component reached along `on` (a method that triggers events, …). */
  | { call: string; on: string[]; args?: unknown[] }
  /** A user's tap on the element `#id` found inside the shadow trees along the path. */
  | { tap: string[] }

export interface ComponentCase {
  name: string
  /** The page, itself written as `Component({...})` (the root of j-component and glass-easel). */
  page: ComponentSource
  /** Component path (`comp/child`) → its sources. */
  components: Record<string, ComponentSource>
  steps?: Step[]
  /** What the case pins. */
  note?: string
  /**
   * Whom mpsim follows (default: j-component): glass-easel where j-component has a known
   * deviation, `docs` (with `expected`) where neither can show the platform's behaviour.
   */
  follow?: 'j-component' | 'glass-easel' | 'docs'
  why?: string
  expected?: StepResult[]
  /**
   * A difference from the authority that mpsim still has, and why it is not fixed here: the test
   * asserts mpsim still differs, so fixing it fails the case until this line goes.
   */
  knownMpsimBug?: string
  /** Why glass-easel differs from the authority here (the test asserts that it does). */
  glassEaselDiffers?: string
}

export interface StepResult {
  /** The normal form of the page's tree (see ../normalise.ts), custom component hosts kept. */
  tree: string
  /** Lines logged during the step. */
  log: string[]
}

export interface ComponentRun {
  steps: StepResult[]
  /** What the engine can report (j-component puts no `id` on elements, no `hidden`). */
  reportsHidden: boolean
  reportsId: boolean
  errors?: string[]
}

export interface ComponentEngine {
  name: EngineName
  run(c: ComponentCase): Promise<ComponentRun>
}

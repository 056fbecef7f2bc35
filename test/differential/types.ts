// Shared shapes of the differential test: a case, an engine, and the normal form every engine's
// output is reduced to before comparison.

export type EngineName = 'mpsim' | 'glass-easel' | 'wcc' | 'j-component'

/** An engine other than mpsim whose behaviour a case can choose to follow. */
export type Authority = 'glass-easel' | 'wcc' | 'j-component' | 'docs'

export interface DiffCase {
  name: string
  /** Project-relative paths to sources; the entry is `index.wxml`. */
  files: Record<string, string>
  data: Record<string, unknown>
  /** setData patches applied one after another; the DOM is compared after each. */
  patches?: Array<Record<string, unknown>>
  /** What the case pins (platform behaviour worth knowing). */
  note?: string
  /**
   * Set when the reference engines disagree: mpsim is compared with this one instead of
   * glass-easel. `docs` means the expected forms are given in `expected`.
   */
  follow?: Authority
  why?: string
  /** Serialised normal forms (initial render, then after each patch) when `follow: 'docs'`. */
  expected?: string[]
  /** mpsim must report an error here (the platform warns too) and still render the forms. */
  expectErrors?: boolean
  /** Engines known to be unable to run the case at all, with the reason. */
  skip?: Partial<Record<EngineName, string>>
}

/** One node of the normal form. Attributes are only those every engine can report. */
export type NormalNode = NormalElement | string

export interface NormalElement {
  tag: string
  class?: string
  style?: string
  id?: string
  hidden?: boolean
  children: NormalNode[]
}

export interface EngineRun {
  /** Normalised and serialised tree after the initial render, then after each patch. */
  snapshots: string[]
  /** Whether the engine can report the `hidden` state and `id` (j-component cannot). */
  reportsHidden: boolean
  reportsId: boolean
  /** Errors the engine reported without failing (mpsim's `errors`). */
  errors?: string[]
}

export interface Engine {
  name: EngineName
  run(c: DiffCase): EngineRun
}

// Runs a logic bundle (the main package's, or a subpackage's when it loads): its code becomes the body of a function whose parameters are the
// globals app code expects (App, Page, wx, define, require…), so nothing is installed on the
// thread's real global object and several runtimes can share one thread (tests, single-thread
// mode). `//# sourceURL` names the code in stack traces so they can be source-mapped.

import type { ErrorGuard } from './errors.ts'

export interface LogicBundleSource {
  /** The bundle (`logic.js` as `mpsim build` writes it). */
  code: string
  /** Its source map (`logic.js.map`, parsed). */
  map?: unknown
  /** `miniprogram_npm/<pkg>` folders → main file from the package's package.json. */
  npmMains?: Record<string, string>
  /** The name stack frames carry (default `logic.js`). */
  url?: string
}

/** Names that must be valid parameter names (all globals are). */
const IDENT = /^[A-Za-z_$][\w$]*$/

export function runBundle(
  code: string,
  url: string,
  globals: Record<string, unknown>,
  guard: ErrorGuard,
  where = 'at launch (logic bundle)',
): void {
  const names = Object.keys(globals).filter((n) => IDENT.test(n))
  const body = `${code.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n')}\n//# sourceURL=${url}`
  guard.run(where, () => {
    const fn = new Function(...names, body) as (...args: unknown[]) => void
    fn.apply(
      undefined,
      names.map((n) => globals[n]),
    )
  })
}

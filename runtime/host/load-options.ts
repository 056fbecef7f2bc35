// How a launch gets its code packages (docs/packages.md): from a project or build folder as
// before, or from a CDN, cold (downloaded) or hot (from the package cache).

import type { Timeline } from './timeline.ts'

export interface LoadOptions {
  /** Base URL of the app's folder on a CDN (`mpsim cdn`, holding pack-manifest.json and the
   *  .wxapkg files): the packages are loaded from there instead of `project`/`packageDir`. */
  cdn?: string
  /** With `cdn`: `cold` (default) downloads every package; `hot` takes them from the package
   *  cache (downloading what is missing or fails its digest) and checks for an update. */
  load?: 'cold' | 'hot'
  /** The package cache's folder (Node; default `<os cache dir>/mpsim/packages`). */
  cacheDir?: string
  /** The phases of each launch and navigation go here (default: a new Timeline). */
  timeline?: Timeline
}

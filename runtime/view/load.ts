// Loads a view bundle file (`__mpsimView({ … })`, as `mpsim build` writes it). In a browser the
// file is a <script> and the page defines `__mpsimView`; in Node it is evaluated here.

import type { ViewBundle } from './bundle.ts'

export function loadViewBundle(source: string, file = 'view.js'): ViewBundle {
  let bundle: ViewBundle | null = null
  const define = (b: ViewBundle) => {
    bundle = b
  }
  // The sourceURL names the file in stack traces of template and WXS errors.
  new Function('__mpsimView', `${source}\n//# sourceURL=${file}`)(define)
  if (!bundle) throw new Error(`${file} is not a view bundle: it never called __mpsimView`)
  return bundle
}

// What the simulator shows instead of the app when it cannot run it: the build's errors (each
// with file:line:column and its code frame) or the error that stopped the launch. A rebuild that
// does not compile shows its errors over the running app (which keeps the last good build)
// until a rebuild compiles.

export function showBuildErrors(root: HTMLElement, errors: string[]): void {
  show(root, 'The project does not compile', errors.join('\n\n'))
}

export function showFailure(root: HTMLElement, error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
  show(root, 'The app could not start', text)
}

const COMPILE_ERRORS = 'mpsim-compile-errors'

export function showCompileErrors(root: HTMLElement, errors: string[]): void {
  hideCompileErrors(root)
  const title = 'The project does not compile: the app runs the last good build'
  show(root, title, errors.join('\n\n')).classList.add(COMPILE_ERRORS)
}

export function hideCompileErrors(root: HTMLElement): void {
  for (const box of root.querySelectorAll(`.${COMPILE_ERRORS}`)) box.remove()
}

function show(root: HTMLElement, title: string, text: string): HTMLElement {
  const box = document.createElement('div')
  box.className = 'mpsim-overlay'
  box.style.cssText =
    'position:fixed;inset:0;z-index:1000;overflow:auto;padding:24px;background:rgba(20,20,24,.92);color:#f5f5f5;font:13px/1.5 ui-monospace,Menlo,monospace'
  const heading = document.createElement('h2')
  heading.textContent = title
  heading.style.cssText = 'margin:0 0 12px;color:#ff8080;font:600 16px sans-serif'
  const pre = document.createElement('pre')
  pre.textContent = text
  pre.style.whiteSpace = 'pre-wrap'
  box.append(heading, pre)
  root.append(box)
  return box
}

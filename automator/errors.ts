// Errors the automator answers with: each says what was asked and why it cannot be done, so a
// failing test script reads as a sentence (`Element.tap: element 7 (<view class="item">) is
// gone: its node was removed from pages/index/index`).

/** An error answered to the client as `{ id, error: { message } }`; the server keeps serving. */
export class AutomatorError extends Error {
  override name = 'AutomatorError'
}

export const unknownMethod = (method: string) =>
  new AutomatorError(
    `unknown method "${method}": mpsim's automator does not implement it (see docs/automation.md for the list)`,
  )

export const malformed = (why: string) => new AutomatorError(`malformed message: ${why}`)

export const missingParam = (method: string, name: string, type: string) =>
  new AutomatorError(`${method}: params.${name} must be ${type}`)

export const pageGone = (pageId: unknown) =>
  new AutomatorError(`page ${String(pageId)} is not open (it was closed, or never existed)`)

export const needsBrowser = (method: string) =>
  new AutomatorError(
    `${method} needs the browser home: start with \`mpsim automator --browser\` (headless views have no pixels)`,
  )

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

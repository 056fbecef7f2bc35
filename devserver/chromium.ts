// Debian's Chromium, the browser every Chromium-driving part of mpsim uses through playwright-core
// (the registry's browser downloads do not work here): where it is, the flags it needs on a
// machine with a closed network, and the error that says how to install it.

import { existsSync } from 'node:fs'

export const CHROMIUM_PATH = '/usr/bin/chromium'

/** No sandbox (root in CI), no GPU, and none of the background traffic a closed network refuses. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Throws, saying how to install it, when Chromium is not there (callers never skip). */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `${CHROMIUM_PATH} is missing: mpsim drives Debian's Chromium (sudo apt-get install -y chromium, as .ci/run does)`,
    )
  return CHROMIUM_PATH
}

// Launching a host in Node: build or read the package from disk, run it on the Node platform
// (worker_threads, jsdom, disk, node:http) and wait until it settled.

import { Host, type HostOptions } from './host.ts'
import { nodePlatform } from './node/platform.ts'
import { loadPackage } from './package.ts'

/** Builds or reads the package, starts logic, launches the app and waits until it settled. */
export async function launchHost(options: HostOptions): Promise<Host> {
  const pkg = await loadPackage(options)
  const host = new Host(pkg, options, nodePlatform)
  try {
    await host.start()
  } catch (error) {
    await host.close()
    throw error
  }
  return host
}

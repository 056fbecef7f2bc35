// The logic bundle's module system: `define(id, factory)` registers, `require` runs a module
// once (CommonJS semantics, cycles see partial exports). The loader knows which entry module is
// executing, so `Page()` can register under that page's route.

import { expectedId, resolveModule } from './resolve.ts'

export type ModuleFactory = (
  require: ((request: string) => unknown) & { async?: (request: string) => Promise<unknown> },
  module: { exports: unknown },
  exports: unknown,
  ...shadowed: undefined[]
) => void

interface ModuleRecord {
  id: string
  exports: unknown
  loaded: boolean
}

export class ModuleLoader {
  private readonly factories = new Map<string, ModuleFactory>()
  private readonly cache = new Map<string, ModuleRecord>()
  private readonly executing: string[] = []

  /** For `require.async`: makes the package holding a module that is not defined yet
   *  available (a subpackage downloaded and run), or rejects. */
  fetchPackageOf: ((id: string) => Promise<void>) | null = null

  constructor(private readonly npmMains: Record<string, string> = {}) {}

  define = (id: string, factory: ModuleFactory): void => {
    this.factories.set(id, factory)
  }

  has(id: string): boolean {
    return this.factories.has(id)
  }

  /** The first module on the current require chain (the page or app.js being loaded). */
  entryModule(): string | undefined {
    return this.executing[0]
  }

  /** `require` as module `from` sees it (null: the bundle's top level). */
  require(request: string, from: string | null): unknown {
    const id = this.resolve(request, from)
    if (id === null) {
      throw new Error(
        `module '${expectedId(request, from)}' is not defined, require args is '${request}'`,
      )
    }
    return this.load(id)
  }

  /** `require.async(request)`: the module's exports once its package is loaded (分包异步化);
   *  a module that is already defined resolves on the next microtask. */
  async requireAsync(request: string, from: string | null): Promise<unknown> {
    await Promise.resolve()
    if (this.resolve(request, from) === null && this.fetchPackageOf)
      await this.fetchPackageOf(expectedId(request, from))
    return this.require(request, from)
  }

  private resolve(request: string, from: string | null): string | null {
    return resolveModule(
      { has: (x) => this.factories.has(x), npmMain: (dir) => this.npmMains[dir] },
      request,
      from,
    )
  }

  private load(id: string): unknown {
    const cached = this.cache.get(id)
    if (cached) return cached.exports
    const record: ModuleRecord = { id, exports: {}, loaded: false }
    this.cache.set(id, record)
    const module = {
      get exports() {
        return record.exports
      },
      set exports(value: unknown) {
        record.exports = value
      },
    }
    const localRequire = Object.assign((request: string) => this.require(request, id), {
      async: (request: string) => this.requireAsync(request, id),
    })
    this.executing.push(id)
    try {
      this.factories.get(id)!.call(record.exports, localRequire, module, record.exports)
      record.loaded = true
    } catch (e) {
      this.cache.delete(id) // a failed module runs again on the next require, as in CommonJS
      throw e
    } finally {
      this.executing.pop()
    }
    return record.exports
  }
}

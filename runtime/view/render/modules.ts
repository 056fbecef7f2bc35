// Loaded template modules of one view: each compiled .wxml file instantiated once, with its
// templates, its imports (not transitive, as on the platform) and its WXS modules.

import type { Fragment, RenderHelpers, TemplateModule } from '../template/ir.ts'
import type { TemplateFactory } from '../bundle.ts'

export interface ModuleHost {
  factory(path: string): TemplateFactory | undefined
  /** Loads a WXS module by id (cached by the host). */
  loadWxs(id: string): unknown
}

export interface TemplateRef {
  body: Fragment
  /** The module the template was defined in: its body resolves names in that file. */
  module: ModuleInstance
}

export class ModuleInstance {
  constructor(
    readonly mod: TemplateModule,
    private readonly registry: ModuleRegistry,
  ) {}

  wxs(name: string): unknown {
    const id = this.mod.wxs[name]
    return id === undefined ? undefined : this.registry.host.loadWxs(id)
  }

  /** A template by name: this file's own first, then those of the files it imports. */
  findTemplate(name: string): TemplateRef | null {
    const own = this.mod.templates[name]
    if (own) return { body: own, module: this }
    for (let i = this.mod.imports.length - 1; i >= 0; i--) {
      const imported = this.registry.get(this.mod.imports[i]!)
      const body = imported?.mod.templates[name]
      if (body && imported) return { body, module: imported }
    }
    return null
  }
}

export class ModuleRegistry {
  private readonly loaded = new Map<string, ModuleInstance | null>()

  constructor(
    readonly host: ModuleHost,
    private readonly helpers: RenderHelpers,
  ) {}

  get(path: string): ModuleInstance | null {
    let instance = this.loaded.get(path)
    if (instance === undefined) {
      const factory = this.host.factory(path)
      instance = factory ? new ModuleInstance(factory(this.helpers), this) : null
      this.loaded.set(path, instance)
    }
    return instance
  }
}

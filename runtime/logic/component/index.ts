// Custom components in the logic thread: `Component()` / `Behavior()` definitions (merged with
// their behaviors by the platform's rules) and the instances the views create. See README.md.

export { Behavior, BUILTIN_BEHAVIORS, isBehavior } from './definition.ts'
export type { OwnDefinition, ComponentOptions, Lifetime, PageLifetime } from './definition.ts'
export { merge, flatten, type MergedDefinition } from './behaviors.ts'
export { ComponentRegistry, type RegistryHost } from './registry.ts'
export type { ComponentInstance, TriggerOptions } from './instance.ts'
export { coerce, normalizeProperty, typeDefault, type PropertyDef } from './properties.ts'
export { definitionForView } from './view-definition.ts'

// The view runtime's public face: load a page's view bundle into a document and render it.

export { View, type ViewOptions, type HandlerCall } from './render/view.ts'
export { ComponentInstance } from './render/component.ts'
export type { MiniProgramEvent, TouchInfo, EventTargetInfo } from './render/events.ts'
export { loadViewBundle } from './load.ts'
export type { ViewBundle, ComponentViewDef, CssChunks } from './bundle.ts'
export { rpxToPx, cssText, StyleSheetManager } from './style.ts'

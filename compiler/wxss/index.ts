// The WXSS compiler's public face.

export { compileWxss } from './compile.ts'
export type { WxssCompileOptions, WxssHost, WxssResult, WxssScope } from './compile.ts'
export { isBuiltinTag, renderedTagName } from './builtins.ts'

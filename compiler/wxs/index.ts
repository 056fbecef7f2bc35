// WXS compile: module source → WxsFactory source text.

export { compileWxs, SHADOWED_GLOBALS } from './compile.ts'
export type { WxsCompileResult, WxsResolve, WxsSource } from './compile.ts'

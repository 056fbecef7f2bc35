// app.json and page/component JSON: what each may say, checked and kept in a typed shape.
// Page and component JSON may also carry (per the platform) styleIsolation (base library
// 2.10.1+), componentGenerics, componentPlaceholder, pureDataPattern and the obsolete
// addGlobalClass; multipleSlots and virtualHost can only be set in JS `options`.

import { createError } from '../errors.ts'
import type { OnError } from '../errors.ts'
import type { StyleIsolation } from '../../runtime/view/bundle.ts'
import type { JsonDoc } from './json.ts'

export interface SubpackageConfig {
  root: string
  name?: string
  pages: string[]
  independent: boolean
}

export interface PreloadRule {
  network?: string
  packages: string[]
}

export interface AppConfig {
  pages: string[]
  entryPagePath?: string
  window: Record<string, unknown>
  tabBar: Record<string, unknown> | null
  subpackages: SubpackageConfig[]
  preloadRule: Record<string, PreloadRule>
  usingComponents: Record<string, string>
  componentFramework?: string
  style?: string
  sitemapLocation?: string
  useExtendedLib?: Record<string, unknown>
  /** Every other known app.json field, kept as written. */
  extra: Record<string, unknown>
}

export interface ComponentJson {
  component: boolean
  usingComponents: Record<string, string>
  /** Generic name → default component path as written, or null. */
  componentGenerics: Record<string, string | null>
  componentPlaceholder: Record<string, string>
  styleIsolation?: StyleIsolation
  addGlobalClass?: boolean
  pureDataPattern?: string
  /** Page window settings (navigationBarTitleText, enablePullDownRefresh…). */
  window: Record<string, unknown>
}

const APP_KEYS = new Set(
  (
    'entryPagePath pages window tabBar networkTimeout debug functionalPages subpackages subPackages ' +
    'workers requiredBackgroundModes requiredPrivateInfos plugins preloadRule resizable ' +
    'usingComponents permission sitemapLocation style useExtendedLib entranceDeclare darkmode ' +
    'themeLocation lazyCodeLoading singlePage supportedMaterials serviceProviderTicket ' +
    'embeddedAppIdList halfPage debugOptions enablePassiveEvent resolveAlias renderer ' +
    'rendererOptions componentFramework miniApp static convertRpxToVw appBar componentPlaceholder ' +
    'navigateToMiniProgramAppIdList behaviors chatTools $schema'
  ).split(' '),
)
const APP_TYPED = new Set(
  'pages entryPagePath window tabBar subpackages subPackages preloadRule usingComponents componentFramework style sitemapLocation useExtendedLib'.split(
    ' ',
  ),
)
const COMPONENT_KEYS = new Set(
  'component usingComponents componentGenerics componentPlaceholder styleIsolation addGlobalClass pureDataPattern'.split(
    ' ',
  ),
)
const ISOLATIONS: readonly string[] = [
  'isolated',
  'apply-shared',
  'shared',
  'page-isolated',
  'page-apply-shared',
  'page-shared',
]

/** Reads typed fields from a JSON document, reporting JSON_INVALID at the offending value. */
class Reader {
  constructor(
    readonly doc: JsonDoc,
    readonly onError: OnError,
  ) {}

  invalid(path: string[], what: string, severity: 'error' | 'warning' = 'error'): void {
    const at = this.doc.loc(path)
    this.onError(createError('JSON_INVALID', at, this.doc.source, [what], severity))
  }

  get(path: string[]): unknown {
    let v: unknown = this.doc.value
    for (const k of path) {
      v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined
    }
    return v
  }

  string(path: string[]): string | undefined {
    const v = this.get(path)
    if (v === undefined || typeof v === 'string') return v
    this.invalid(path, `"${path.join('.')}" must be a string`)
    return undefined
  }

  object(path: string[]): Record<string, unknown> | undefined {
    const v = this.get(path)
    if (v === undefined || isObject(v)) return v
    this.invalid(path, `"${path.join('.')}" must be an object`)
    return undefined
  }

  strings(path: string[]): string[] {
    const v = this.get(path)
    if (v === undefined) return []
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
    this.invalid(path, `"${path.join('.')}" must be an array of strings`)
    return []
  }

  stringMap(path: string[]): Record<string, string> {
    const obj = this.object(path) ?? {}
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v === 'string') out[k] = v
      else this.invalid([...path, k], `"${path.join('.')}.${k}" must be a string`)
    }
    return out
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function readAppConfig(doc: JsonDoc, onError: OnError): AppConfig {
  const r = new Reader(doc, onError)
  if (!isObject(doc.value)) r.invalid([], 'app.json must be an object')
  const pages = r.strings(['pages'])
  if (pages.length === 0 && isObject(doc.value))
    r.invalid(['pages'], '"pages" must list at least one page')
  const extra: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(isObject(doc.value) ? doc.value : {})) {
    if (!APP_KEYS.has(key)) r.invalid([key], `unknown app.json field "${key}"`, 'warning')
    else if (!APP_TYPED.has(key)) extra[key] = value
  }
  const tabBar = r.object(['tabBar']) ?? null
  return {
    pages,
    entryPagePath: r.string(['entryPagePath']),
    window: r.object(['window']) ?? {},
    tabBar,
    subpackages: readSubpackages(r),
    preloadRule: readPreloadRule(r),
    usingComponents: r.stringMap(['usingComponents']),
    componentFramework: r.string(['componentFramework']),
    style: r.string(['style']),
    sitemapLocation: r.string(['sitemapLocation']),
    useExtendedLib: r.object(['useExtendedLib']),
    extra,
  }
}

function readSubpackages(r: Reader): SubpackageConfig[] {
  const key = r.get(['subpackages']) !== undefined ? 'subpackages' : 'subPackages'
  const list = r.get([key])
  if (list === undefined) return []
  if (!Array.isArray(list)) return (r.invalid([key], `"${key}" must be an array`), [])
  const out: SubpackageConfig[] = []
  list.forEach((_, i) => {
    const at = [key, String(i)]
    const root = r.string([...at, 'root'])
    if (!root) return r.invalid(at, `${key}[${i}] needs a "root"`)
    const independent = r.get([...at, 'independent'])
    if (independent !== undefined && typeof independent !== 'boolean') {
      r.invalid([...at, 'independent'], '"independent" must be a boolean')
    }
    const name = r.string([...at, 'name'])
    const pages = r.strings([...at, 'pages'])
    out.push({
      root: root.replace(/^\/+|\/+$/g, ''),
      pages,
      independent: independent === true,
      ...(name ? { name } : {}),
    })
  })
  return out
}

function readPreloadRule(r: Reader): Record<string, PreloadRule> {
  const out: Record<string, PreloadRule> = {}
  for (const page of Object.keys(r.object(['preloadRule']) ?? {})) {
    const network = r.string(['preloadRule', page, 'network'])
    if (network !== undefined && network !== 'all' && network !== 'wifi') {
      r.invalid(['preloadRule', page, 'network'], '"network" must be "all" or "wifi"')
    }
    const packages = r.strings(['preloadRule', page, 'packages'])
    out[page] = { packages, ...(network ? { network } : {}) }
  }
  return out
}

/** A page's or component's JSON (an empty object when the file is absent). */
export function readComponentJson(doc: JsonDoc | null, onError: OnError): ComponentJson {
  const empty: ComponentJson = {
    component: false,
    usingComponents: {},
    componentGenerics: {},
    componentPlaceholder: {},
    window: {},
  }
  if (!doc) return empty
  const r = new Reader(doc, onError)
  if (!isObject(doc.value))
    return (r.invalid([], 'a page or component JSON must be an object'), empty)
  const window: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(doc.value))
    if (!COMPONENT_KEYS.has(key)) window[key] = value
  const json: ComponentJson = {
    component: r.get(['component']) === true,
    usingComponents: r.stringMap(['usingComponents']),
    componentGenerics: readGenerics(r),
    componentPlaceholder: r.stringMap(['componentPlaceholder']),
    window,
  }
  const iso = r.string(['styleIsolation'])
  if (iso !== undefined && !ISOLATIONS.includes(iso))
    r.invalid(['styleIsolation'], `unknown styleIsolation "${iso}"`)
  else if (iso !== undefined) json.styleIsolation = iso.replace(/^page-/, '') as StyleIsolation
  const agc = r.get(['addGlobalClass'])
  if (typeof agc === 'boolean') json.addGlobalClass = agc
  const pure = r.string(['pureDataPattern'])
  if (pure !== undefined) json.pureDataPattern = pure
  return json
}

function readGenerics(r: Reader): Record<string, string | null> {
  const out: Record<string, string | null> = {}
  for (const [name, v] of Object.entries(r.object(['componentGenerics']) ?? {})) {
    if (v === true) out[name] = null
    else if (isObject(v) && (v.default === undefined || typeof v.default === 'string'))
      out[name] = (v.default as string | undefined) ?? null
    else
      r.invalid(
        ['componentGenerics', name],
        `componentGenerics "${name}" must be true or { "default": "path" }`,
      )
  }
  return out
}

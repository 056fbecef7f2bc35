import { describe, expect, it } from 'vitest'
import { merge } from '../behaviors.ts'
import { Behavior, normalizeOwn } from '../definition.ts'
import { coerce, normalizeProperty } from '../properties.ts'
import { definitionForView } from '../view-definition.ts'

const define = (options: Record<string, unknown>, warn: (m: string) => void = () => {}) =>
  merge('components/x/index', normalizeOwn('component', options), warn)

describe('properties', () => {
  it('gives each type its default (String "", Number 0, Boolean false, Object null, Array [], null → null)', () => {
    const def = define({
      properties: { s: String, n: Number, b: Boolean, o: Object, a: Array, any: null },
    })
    expect(
      Object.fromEntries(Object.entries(def.properties).map(([k, p]) => [k, p.value])),
    ).toEqual({ s: '', n: 0, b: false, o: null, a: [], any: null })
    expect(def.properties.s!.type).toBe('String')
    expect(def.properties.any!.type).toBe(null)
  })

  it('reads the full form: value, observer, optionalTypes', () => {
    const observer = () => {}
    const p = normalizeProperty({ type: Number, optionalTypes: [String], value: 3, observer })
    expect(p).toEqual({ type: 'Number', optionalTypes: ['String'], value: 3, observer })
    expect(normalizeProperty({ type: Boolean }).value).toBe(false)
  })

  it('coerces values from templates to the declared type', () => {
    const p = (type: unknown, optionalTypes: unknown[] = []) =>
      normalizeProperty({ type, optionalTypes })
    expect(coerce(p(String), 12)).toBe('12')
    expect(coerce(p(String), null)).toBe('')
    expect(coerce(p(Number), '4.5')).toBe(4.5)
    expect(coerce(p(Number), 'abc')).toBe(0)
    expect(coerce(p(Boolean), 'false')).toBe(true) // any non-empty string is truthy
    expect(coerce(p(Boolean), '')).toBe(false)
    expect(coerce(p(Array), 'x')).toEqual([])
    expect(coerce(p(Object), 5)).toBe(null)
    expect(coerce(p(null), 5)).toBe(5)
    // optionalTypes: a String property that also takes numbers keeps them
    expect(coerce(p(String, [Number]), 7)).toBe(7)
  })
})

describe('behaviors merge (docs "behaviors", 同名字段的覆盖和组合规则)', () => {
  const log: string[] = []
  const hook = (name: string) =>
    function () {
      log.push(name)
    }
  const inner = Behavior({
    properties: { p: { type: String, value: 'inner' }, q: { type: String, value: 'inner' } },
    data: { obj: { a: 1, b: 1 }, n: 'inner', m: 'inner' },
    methods: { f: hook('inner.f'), g: hook('inner.g') },
    created: hook('inner.created'),
    observers: { n: hook('inner.obs') },
  })
  const outer = Behavior({
    behaviors: [inner],
    properties: { p: { type: String, value: 'outer' } },
    data: { obj: { b: 2 }, n: 'outer' },
    methods: { f: hook('outer.f') },
    lifetimes: { created: hook('outer.created') },
    observers: { n: hook('outer.obs') },
  })
  const later = Behavior({
    data: { m: 'later' },
    methods: { g: hook('later.g') },
    created: hook('later.created'),
  })

  it('properties/methods: component > later behavior > earlier; referencing > referenced', () => {
    const def = define({
      behaviors: [outer, later],
      properties: { q: { type: String, value: 'own' } },
      methods: {},
    })
    expect(def.properties.p!.value).toBe('outer')
    expect(def.properties.q!.value).toBe('own')
    log.length = 0
    def.methods.f!.call(null)
    def.methods.g!.call(null)
    expect(log).toEqual(['outer.f', 'later.g'])
  })

  it('data: objects merge, other values follow the same precedence, the component wins', () => {
    const def = define({ behaviors: [outer, later], data: { obj: { c: 3 } } })
    expect(def.data).toEqual({ obj: { a: 1, b: 2, c: 3 }, n: 'outer', m: 'later' })
  })

  it('lifetimes and observers all run: referenced, then referencing, earlier, then the component; a behavior listed twice runs once', () => {
    const def = define({
      behaviors: [outer, later, inner],
      created: hook('own.created'),
      observers: { n: hook('own.obs') },
    })
    log.length = 0
    for (const fn of def.lifetimes.created) fn.call(null)
    for (const [, fn] of def.observers) fn.call(null)
    expect(log).toEqual([
      'inner.created',
      'outer.created',
      'later.created',
      'own.created',
      'inner.obs',
      'outer.obs',
      'own.obs',
    ])
  })

  it('the lifetimes object wins over the legacy top-level form', () => {
    const def = define({ attached: hook('legacy'), lifetimes: { attached: hook('lifetimes') } })
    log.length = 0
    for (const fn of def.lifetimes.attached) fn.call(null)
    expect(log).toEqual(['lifetimes'])
  })

  it('wx://form-field adds name and value; unknown built-ins are warned about', () => {
    const warnings: string[] = []
    const def = define({ behaviors: ['wx://form-field', 'wx://nope'] }, (m) => warnings.push(m))
    expect(Object.keys(def.properties)).toEqual(['name', 'value'])
    expect(def.builtins.has('wx://form-field')).toBe(true)
    expect(warnings).toEqual(['Behavior "wx://nope" is not a built-in behavior; it is ignored.'])
  })
})

describe('componentDefinitionForView', () => {
  it('sends JSON-able data with property defaults, types, external classes and options', () => {
    const def = define({
      properties: { title: { type: String, value: 'hi' }, size: Number, _pure: String },
      data: { count: 1, fn: () => 1, _hidden: 2 },
      externalClasses: ['custom-class'],
      options: { multipleSlots: true, styleIsolation: 'apply-shared', pureDataPattern: /^_/ },
      relations: { './child': { type: 'child' } },
    })
    expect(definitionForView(def)).toEqual({
      id: 'components/x/index',
      data: { count: 1, title: 'hi', size: 0 },
      properties: {
        title: { type: 'String', value: 'hi' },
        size: { type: 'Number', value: 0 },
        _pure: { type: 'String', value: '' },
      },
      externalClasses: ['custom-class'],
      options: { multipleSlots: true, styleIsolation: 'apply-shared', pureDataPattern: '^_' },
    })
    expect(def.relations).toEqual({ './child': { type: 'child' } })
  })

  it('knows wx://proxy-scroll-view (tdesign scroll-view) as a built-in, without a warning', () => {
    const warnings: string[] = []
    const def = define({ behaviors: ['wx://proxy-scroll-view'] }, (m) => warnings.push(m))
    expect(def.builtins.has('wx://proxy-scroll-view')).toBe(true)
    expect(warnings).toEqual([])
  })

  it('sends a function default (tdesign: `value: () => []`) as null instead of failing', () => {
    const def = define({ properties: { nodes: { type: Array, value: () => [] } } })
    expect(definitionForView(def).properties.nodes).toEqual({ type: 'Array', value: null })
  })
})

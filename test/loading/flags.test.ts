// The loading strategies chosen per launch from the CLI (`mpsim run`, `mpsim dev`) and from the
// simulator URL's query: the same three options either way.

import { describe, expect, it } from 'vitest'
import { parseDevArgs } from '../../cli/dev.ts'
import { parseRunArgs } from '../../cli/run.ts'
import { loadingFromQuery, loadingToQuery } from '../../devserver/client/launch-query.ts'

describe('loading flags', () => {
  it('mpsim run passes them to the launch', () => {
    const args = ['app', '-s', 's.mjs', '--no-preload-webview', '--network-type', '4g']
    expect(parseRunArgs([...args, '--background-destroy-ms=500'])).toMatchObject({
      loading: { preloadWebview: false, networkType: '4g', backgroundDestroyMs: 500 },
    })
    expect(parseRunArgs(['app', '-s', 's.mjs', '--network-type', 'lte'])).toMatch(
      /--network-type is one of wifi, 5g, 4g/,
    )
    expect(parseRunArgs(['app', '-s', 's.mjs'])).not.toHaveProperty('loading')
  })

  it('mpsim dev passes them to the simulator page in its query', () => {
    const parsed = parseDevArgs(['app', '--network-type=3g', '--no-preload-webview'])
    expect(parsed).toEqual({
      project: 'app',
      loading: { networkType: '3g', preloadWebview: false },
    })
    const query = loadingToQuery({ networkType: '3g', preloadWebview: false })
    expect(query).toBe('?preloadWebview=0&networkType=3g')
    expect(loadingFromQuery(query)).toEqual({ preloadWebview: false, networkType: '3g' })
    expect(loadingFromQuery('?backgroundDestroyMs=5000&mode=worker')).toEqual({
      backgroundDestroyMs: 5000,
    })
    expect(loadingFromQuery('')).toEqual({})
  })
})

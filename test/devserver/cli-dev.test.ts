import { describe, expect, it } from 'vitest'
import { parseDevArgs } from '../../cli/dev.ts'

describe('mpsim dev arguments', () => {
  it('takes a project, a port and a host', () => {
    expect(parseDevArgs([])).toEqual({})
    expect(parseDevArgs(['samples/navigation', '--port', '6000'])).toEqual({
      project: 'samples/navigation',
      port: 6000,
    })
    expect(parseDevArgs(['--port=0', '--host'])).toEqual({ port: 0, host: true })
    expect(parseDevArgs(['--host', '0.0.0.0', 'app'])).toEqual({ host: '0.0.0.0', project: 'app' })
    expect(parseDevArgs(['--host', 'app'])).toEqual({ host: true, project: 'app' })
  })

  it('says what is wrong', () => {
    expect(parseDevArgs(['--port', 'x'])).toMatch(/--port needs a port number/)
    expect(parseDevArgs(['--watch'])).toBe('unknown option --watch')
    expect(parseDevArgs(['a', 'b'])).toBe('unexpected argument b')
  })
})

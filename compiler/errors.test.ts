import { describe, expect, it } from 'vitest'
import { codeFrame, locationAt } from './errors.ts'

describe('codeFrame', () => {
  const source = 'one\ntwo\nthree\nfour\nfive\nsix'

  it('shows two lines either side with a caret under the column', () => {
    const loc = locationAt('f', source, source.indexOf('ree'))
    expect(codeFrame(source, loc)).toBe(
      ['  1 | one', '  2 | two', '> 3 | three', '    |   ^', '  4 | four', '  5 | five'].join('\n'),
    )
  })

  it('works on the first and last lines and with CRLF', () => {
    expect(codeFrame('a\r\nb', locationAt('f', 'a\r\nb', 0))).toBe('> 1 | a\n    | ^\n  2 | b')
    const last = locationAt('f', source, source.length - 1)
    expect(codeFrame(source, last).split('\n').slice(-2)).toEqual(['> 6 | six', '    |   ^'])
  })

  it('shows a window around the column of a very long line', () => {
    const line = 'x'.repeat(5000) + 'ERR' + 'y'.repeat(5000)
    const frame = codeFrame(line, locationAt('f', line, 5000))
    const [text, caret] = frame.split('\n') as [string, string]
    expect(text.length).toBeLessThan(140)
    expect(text).toContain('ERR')
    expect(text.indexOf('ERR')).toBe(caret.indexOf('^'))
  })
})

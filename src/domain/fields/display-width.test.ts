// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { displayWidth } from './display-width'

describe('display width (rule: MP_NAME)', () => {
  it.each([
    ['abcd', 4],
    ['中文', 4],
    ['中a', 3],
    ['ＡＢ', 4],
    ['，。', 4],
    ['かな', 4],
    ['한글', 4],
    ['𠈌', 2],
    ['･', 1],
    ['a b', 3],
    ['', 0],
  ])('%j is %i wide', (value, width) => {
    expect(displayWidth(value)).toBe(width)
  })
})

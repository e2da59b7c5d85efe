import { describe, expect, it } from 'vitest'

import { checkOpeningHours } from '@/lib/hours/validateOpeningHours'

describe('checkOpeningHours', () => {
  it.each([
    'Mo-Fr 09:00-14:00; PH off',
    '24/7',
    'Mo-Fr 08:00-21:00; Sa,Su 09:00-14:00',
    'Jun-Sep Mo-Su 11:00-20:00',
  ])('accepts %s', (value) => {
    expect(checkOpeningHours(value).ok).toBe(true)
  })

  it.each(['Mo-Fx 9', 'open sometimes', '', '25:00-26:00'])(
    'refuses %s with a readable reason',
    (value) => {
      const result = checkOpeningHours(value)
      expect(result.ok).toBe(false)
    },
  )
})

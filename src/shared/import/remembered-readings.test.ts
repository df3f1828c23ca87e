import { describe, expect, it } from 'vitest'
import { readingsKey, rememberedReadings, withRememberedReadings } from './remembered-readings'

describe('remembered status readings', () => {
  it('are kept per platform and question, and merged', () => {
    const earlier = { 'google-forms:coming?': { yes: 'going' as const } }
    const once = withRememberedReadings(earlier, 'google-forms', 'Will you attend?', {
      'only online': 'declined',
    })
    const twice = withRememberedReadings(once, 'google-forms', 'Will you attend? ', {
      tbc: 'maybe',
    })
    expect(rememberedReadings(twice, 'google-forms', 'Coming?')).toEqual({ yes: 'going' })
    expect(rememberedReadings(twice, 'google-forms', 'will you attend?')).toEqual({
      'only online': 'declined',
      tbc: 'maybe',
    })
    expect(rememberedReadings(twice, 'generic', 'Will you attend?')).toEqual({})
    expect(rememberedReadings(twice, 'google-forms', undefined)).toEqual({})
  })

  it('drops a stored value that is no status, and reads no prototype key', () => {
    const key = readingsKey('generic', 'Coming?')
    const stored = { [key]: { yes: 'going', maybe: 'perhaps' } } as unknown as Parameters<
      typeof rememberedReadings
    >[0]
    expect(rememberedReadings(stored, 'generic', 'Coming?')).toEqual({ yes: 'going' })
    expect(rememberedReadings({}, 'generic', '__proto__')).toEqual({})
  })
})

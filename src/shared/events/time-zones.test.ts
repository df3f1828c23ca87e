import { describe, expect, it } from 'vitest'
import { timeZoneOptions } from './time-zones'

describe('time-zone options', () => {
  it('offers UTC, first, under its own name', () => {
    const options = timeZoneOptions()
    expect(options[0]).toEqual({ value: 'UTC', label: 'UTC' })
    expect(options.filter((option) => option.value === 'UTC')).toHaveLength(1)
    expect(options.map((option) => option.value)).toContain('Africa/Abidjan')
  })

  it('lists a zone the workspace holds even when the runtime does not', () => {
    const options = timeZoneOptions('Etc/GMT+5', ['Europe/Berlin'])
    expect(options.map((option) => option.value)).toEqual(['UTC', 'Etc/GMT+5', 'Europe/Berlin'])
  })

  it('reads underscores as spaces', () => {
    expect(timeZoneOptions(undefined, ['America/New_York'])[1]).toEqual({
      value: 'America/New_York',
      label: 'America/New York',
    })
  })
})

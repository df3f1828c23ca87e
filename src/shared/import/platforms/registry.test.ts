import { describe, expect, it } from 'vitest'
import { PLATFORMS } from '../../domain/schemas'
import { normaliseHeader } from '../normalise'
import { attendeePlatformsInWords, PLATFORM_PROFILES, platformProfile } from './registry'

describe('the platform registry', () => {
  it('has one profile per platform, under its own id, with a label of its own', () => {
    for (const platform of PLATFORMS) expect(platformProfile(platform).platform).toBe(platform)
    const labels = PLATFORMS.map((platform) => platformProfile(platform).label)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('offers every platform as a file except the door, whose walk-ins are typed, not imported', () => {
    expect(PLATFORM_PROFILES.map((profile) => profile.platform).sort()).toEqual(
      PLATFORMS.filter((platform) => platform !== 'door').sort(),
    )
  })

  it.each(PLATFORM_PROFILES.filter((profile) => profile.detection !== null))(
    '$label: every anchor is one of its telltale columns, and the minimum can be met',
    ({ detection }) => {
      const signatures = (detection?.signatures ?? []).flat().map(normaliseHeader)
      for (const anchor of detection?.anchors ?? []) {
        expect(signatures).toContain(normaliseHeader(anchor))
      }
      expect(detection?.minimum).toBeLessThanOrEqual(detection?.signatures.length ?? 0)
    },
  )

  it('names the attendee platforms in sentences, without the generic CSV or speaker lists', () => {
    expect(attendeePlatformsInWords()).toBe(
      'Luma, Eventbrite, Meetup, Tito, Zoom, pretix, Humanitix or Google Forms',
    )
  })
})

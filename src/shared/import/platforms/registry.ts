/**
 * Every platform the importer reads, one profile each. Detection, column matching, row mapping,
 * the platform picker and every sentence that names the platforms derive from this list.
 */
import type { Platform } from '../../domain/schemas'
import { door } from './door'
import { eventbrite } from './eventbrite'
import { generic } from './generic'
import { googleForms } from './google-forms'
import { humanitix } from './humanitix'
import { luma } from './luma'
import { meetup } from './meetup'
import type { PlatformProfile } from './profile'
import { pretix } from './pretix'
import { sessionize } from './sessionize'
import { tito } from './tito'
import { zoom } from './zoom'

const PROFILES: { readonly [platform in Platform]: PlatformProfile } = {
  luma,
  eventbrite,
  meetup,
  tito,
  zoom,
  pretix,
  humanitix,
  'google-forms': googleForms,
  sessionize,
  generic,
  door,
}

/**
 * The profiles of files, in the order a person is offered them, the generic CSV last. The door's
 * walk-ins are no file: no import is offered as, or detected as, the door.
 */
export const PLATFORM_PROFILES: readonly PlatformProfile[] = Object.values(PROFILES).filter(
  (profile) => profile.platform !== 'door',
)

/** The profile of one platform. */
export function platformProfile(platform: Platform): PlatformProfile {
  return PROFILES[platform]
}

/** How a platform is named in sentences a person reads. */
export function platformLabel(platform: Platform): string {
  return PROFILES[platform].label
}

/**
 * The attendee platforms named in a sentence, "Luma, Eventbrite, … or Google Forms": every profile
 * but the generic one and the speaker lists, which are not attendee exports.
 */
export function attendeePlatformsInWords(conjunction: 'or' | 'and' = 'or'): string {
  const labels = PLATFORM_PROFILES.filter(
    (profile) => profile.detection !== null && profile.isSpeakerList !== true,
  ).map((profile) => profile.label)
  if (labels.length <= 1) return labels.join('')
  return `${labels.slice(0, -1).join(', ')} ${conjunction} ${labels[labels.length - 1]}`
}

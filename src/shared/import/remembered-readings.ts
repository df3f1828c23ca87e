/**
 * The organizer's readings of a status column's values, remembered per platform and question
 * (DESIGN.md §1.3: "the organizer's reading is remembered"), in `settings.statusReadings`.
 * (Schema version 3 kept them in `settings.columnMappings` under a `status:` key; the migration
 * to version 4 moved them.)
 */
import type { Platform, RegistrationStatus } from '../domain/schemas'
import { REGISTRATION_STATUSES } from '../domain/schemas'
import { normaliseHeader } from './normalise'
import type { StatusReadings } from './status-reading'

/** `settings.statusReadings`: per platform and question, each answer's reading. */
type RememberedReadings = Readonly<Record<string, StatusReadings>>

const STATUSES: ReadonlySet<string> = new Set(REGISTRATION_STATUSES)

/** The settings key of one platform's question: `google-forms:willyouattendinperson?`. */
export function readingsKey(platform: Platform, column: string): string {
  return `${platform}:${normaliseHeader(column)}`
}

/** The readings remembered for this platform's question; a value that is no status is dropped. */
export function rememberedReadings(
  remembered: RememberedReadings,
  platform: Platform,
  column: string | undefined,
): StatusReadings {
  if (column === undefined) return {}
  const stored = Object.hasOwn(remembered, readingsKey(platform, column))
    ? remembered[readingsKey(platform, column)]
    : undefined
  if (stored === undefined) return {}
  const readings = new Map<string, RegistrationStatus>()
  for (const [word, status] of Object.entries(stored)) {
    if (STATUSES.has(status)) readings.set(word, status as RegistrationStatus)
  }
  return Object.fromEntries(readings)
}

/** The remembered readings with this question's merged over its earlier ones. */
export function withRememberedReadings(
  remembered: RememberedReadings,
  platform: Platform,
  column: string,
  readings: StatusReadings,
): Record<string, StatusReadings> {
  const key = readingsKey(platform, column)
  const earlier = rememberedReadings(remembered, platform, column)
  return { ...remembered, [key]: { ...earlier, ...readings } }
}

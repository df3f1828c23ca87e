/**
 * The organizer's readings of a status column's values, remembered per platform and question
 * (DESIGN.md §1.3: "the organizer's reading is remembered").
 *
 * They are kept in `settings.columnMappings` under a `status:` key beside the per-platform
 * mappings, a record of the same shape (string → string) the settings schema already accepts, so
 * no workspace file changes shape; a later schema version can move them to a field of their own.
 */
import type { Platform, RegistrationStatus } from '../domain/schemas'
import { REGISTRATION_STATUSES } from '../domain/schemas'
import { normaliseHeader } from './normalise'
import type { StatusReadings } from './status-reading'

type RememberedMappings = Readonly<Record<string, Readonly<Record<string, string>>>>

const STATUSES: ReadonlySet<string> = new Set(REGISTRATION_STATUSES)

/** The settings key of one platform's question: `status:google-forms:willyouattendinperson?`. */
export function readingsKey(platform: Platform, column: string): string {
  return `status:${platform}:${normaliseHeader(column)}`
}

/** The readings remembered for this platform's question; values that are no status are dropped. */
export function rememberedReadings(
  remembered: RememberedMappings,
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

/** The mappings with this question's readings remembered (merged over earlier ones). */
export function withRememberedReadings(
  remembered: RememberedMappings,
  platform: Platform,
  column: string,
  readings: StatusReadings,
): Record<string, Record<string, string>> {
  const key = readingsKey(platform, column)
  const earlier = rememberedReadings(remembered, platform, column)
  return { ...remembered, [key]: { ...earlier, ...readings } }
}

/**
 * The time zones offered in the pickers. `Intl.supportedValuesOf('timeZone')` lists only canonical
 * region zones, so it has no "UTC" (a select holding 'UTC' showed the first entry, Africa/Abidjan):
 * UTC comes first here, and a zone the workspace already holds is always listed.
 */
export interface TimeZoneOption {
  value: string
  label: string
}

export const UTC = 'UTC'

/** UTC, then every zone the runtime knows, alphabetically; `current` is added if it is missing. */
export function timeZoneOptions(
  current?: string,
  known: readonly string[] = Intl.supportedValuesOf('timeZone'),
): TimeZoneOption[] {
  const zones = [UTC, ...known.filter((zone) => zone !== UTC)]
  if (current !== undefined && current !== '' && !zones.includes(current)) {
    zones.splice(1, 0, current)
  }
  return zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone) }))
}

/** "America/New_York" → "America/New York". */
export function timeZoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ')
}

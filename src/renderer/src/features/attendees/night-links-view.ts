/**
 * The links an import made by name within one night, as the event and person pages show them
 * (DESIGN.md §1.3: linked by default, "shown as such", reversible as a group or one by one).
 * The import report shows one import's links; these read every import of the night from the
 * workspace, so the marker stays visible after the report is closed.
 */
import type { Platform } from '../../../../shared/domain/schemas'
import type { ImportRecord, NightLink } from '../../../../shared/schema/workspace'

export interface NightLinkEntry {
  importId: string
  eventId: string
  /** The platform of the row that was linked (the second list of the night). */
  platform: Platform
  link: NightLink
  /** The organizer said these are two people; the row is its own person again. */
  isApart: boolean
}

/** Every name link of the event's imports still in effect, linked or kept apart, oldest first. */
export function eventNightLinks(
  imports: readonly ImportRecord[],
  eventId: string,
): NightLinkEntry[] {
  return imports
    .filter((record) => record.eventId === eventId && record.undoneAt === null)
    .flatMap((record) =>
      (record.nightLinks ?? []).map((link) => ({
        importId: record.id,
        eventId: record.eventId,
        platform: record.platform,
        link,
        isApart: link.undoneAt !== null,
      })),
    )
}

/**
 * The links still in effect that made one of these registrations (a person's) part of the person
 * by name, by event. By registration, not by the link's person: a later merge moves the
 * registration, and the marker goes with it.
 */
export function nightLinksOfRegistrations(
  imports: readonly ImportRecord[],
  registrations: readonly { id: string }[],
): Map<string, NightLinkEntry[]> {
  const ids = new Set(registrations.map((registration) => registration.id))
  const byEvent = new Map<string, NightLinkEntry[]>()
  for (const record of imports) {
    if (record.undoneAt !== null) continue
    for (const link of record.nightLinks ?? []) {
      if (link.undoneAt !== null || !ids.has(link.registrationId)) continue
      const entry: NightLinkEntry = {
        importId: record.id,
        eventId: record.eventId,
        platform: record.platform,
        link,
        isApart: false,
      }
      byEvent.set(record.eventId, [...(byEvent.get(record.eventId) ?? []), entry])
    }
  }
  return byEvent
}

/** The registration ids of these entries, per import: what `attendees:set-night-links` takes. */
export function byImport(entries: readonly NightLinkEntry[]): Map<string, string[]> {
  const grouped = new Map<string, string[]>()
  for (const entry of entries) {
    grouped.set(entry.importId, [...(grouped.get(entry.importId) ?? []), entry.link.registrationId])
  }
  return grouped
}

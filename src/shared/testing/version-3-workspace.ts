/**
 * A workspace as schema version 3 wrote it, built from the current shapes, so a migration test
 * never depends on a hand-kept fixture drifting from what version 3 really held. Version 3 is the
 * current shape less `settings.statusReadings`: the readings were kept among the column mappings
 * under a `status:` key (`status:google-forms:willyouattendinperson?`).
 */
import type { Registration } from '../domain/schemas'
import { buildSampleWorkspace } from '../sample/sample-workspace'
import type { WorkspaceFileName, WorkspaceFiles } from '../schema/workspace'
import { makeRegistration } from './factories'

/** The files version 3 would have written for this workspace, each with its `schemaVersion`. */
export function version3Files(
  files: WorkspaceFiles,
): Partial<Record<WorkspaceFileName, Record<string, unknown>>> {
  const { statusReadings, columnMappings, ...settings } = files.settings.settings
  const readings = Object.fromEntries(
    Object.entries(statusReadings).map(([key, value]) => [`status:${key}`, value]),
  )
  return {
    settings: {
      schemaVersion: 3,
      settings: { ...settings, columnMappings: { ...columnMappings, ...readings } },
    },
    events: { schemaVersion: 3, ...files.events },
    people: { schemaVersion: 3, ...files.people },
    registrations: { schemaVersion: 3, ...files.registrations },
    board: { schemaVersion: 3, ...files.board },
    journal: { schemaVersion: 3, ...files.journal },
    reviews: { schemaVersion: 3, ...files.reviews },
  }
}

/**
 * The sample workspace with everything version 3 could hold: remembered status readings among
 * the mappings, the statuses and platform it added without a bump, and an import's night links.
 */
export function everythingVersion3Held(now: Date): WorkspaceFiles {
  const files = buildSampleWorkspace(now)
  const eventId = files.events.events[0]?.id ?? ''
  const [first, second, third] = files.people.people
  const registration = (id: string, personId: string, fields: Partial<Registration>) =>
    makeRegistration({ id, eventId, personId, importId: 'v3-import', ...fields })
  return {
    ...files,
    settings: {
      settings: {
        ...files.settings.settings,
        columnMappings: {
          'google-forms': { name: 'Name', email: 'Email Address', status: 'Will you attend?' },
          humanitix: { name: 'Name', email: 'Email', status: 'Status' },
        },
        statusReadings: {
          'google-forms:willyouattend?': { 'no, online only': 'declined', tbc: 'maybe' },
          'humanitix:status': { 'on hold': 'waitlist' },
        },
      },
    },
    registrations: {
      registrations: [
        ...files.registrations.registrations,
        registration('v3-maybe', first?.id ?? '', { platform: 'google-forms', status: 'maybe' }),
        registration('v3-invited', second?.id ?? '', { status: 'invited' }),
        registration('v3-unknown', third?.id ?? '', { platform: 'humanitix', status: 'unknown' }),
      ],
      imports: [
        {
          id: 'v3-import',
          eventId,
          fileName: 'humanitix-attendees.csv',
          platform: 'humanitix',
          importedAt: now.toISOString(),
          rowCount: 3,
          undo: null,
          undoneAt: null,
          createdEventId: eventId,
          nightLinks: [
            {
              registrationId: 'v3-unknown',
              personId: third?.id ?? '',
              rowName: 'Tom B.',
              rowEmail: '',
              platformPersonId: '80514589',
              nameBefore: null,
              learnedEmail: '',
              learnedPlatformId: '80514589',
              evidence: ['the only “Tom B…” on the other list of the night'],
              undoneAt: null,
              splitPersonId: null,
            },
          ],
        },
      ],
    },
  }
}

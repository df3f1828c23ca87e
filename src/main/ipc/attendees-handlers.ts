/**
 * Attendee imports and the people operations. Each handler reads the people and registrations
 * files, runs the pure function from src/shared/identity, and writes back only the files it
 * changed; it answers only what the files do not say (a report, an id, a count), since the files
 * it wrote travel in the result's `changes`.
 */
import type { ImportRequest } from '../../shared/ipc/channels/attendees'
import { applyImport } from '../../shared/identity/apply-import'
import { deletePerson } from '../../shared/identity/delete-person'
import { forgetPerson } from '../../shared/identity/forget-person'
import { dismissSuggestion, mergePeople, unmergePeople } from '../../shared/identity/merge'
import { relinkNightMatches, unlinkNightMatches } from '../../shared/identity/night-links'
import { eventToRemoveAfterUndo, undoImport } from '../../shared/identity/undo-import'
import { withRememberedReadings } from '../../shared/import/remembered-readings'
import type { Settings, WorkspaceFiles } from '../../shared/schema/workspace'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'

type AttendeesChannel =
  | 'attendees:import'
  | 'attendees:undo-import'
  | 'attendees:merge'
  | 'attendees:unmerge'
  | 'attendees:dismiss-suggestion'
  | 'attendees:set-notes'
  | 'attendees:delete-person'
  | 'attendees:set-night-links'

/** The two files an attendee operation reads and rewrites. */
interface PeopleFiles {
  people: WorkspaceFiles['people']
  registrations: WorkspaceFiles['registrations']
}

export function attendeesHandlers(deps: HandlerDeps): Pick<Handlers, AttendeesChannel> {
  const { repository } = deps
  const current = (): PeopleFiles => ({
    people: repository.read('people'),
    registrations: repository.read('registrations'),
  })
  /**
   * Two files, two atomic writes. The order keeps a crash between them harmless: when people are
   * added, they are written first (a person without registrations is harmless); when they are
   * removed, their registrations go first, so no registration ever points at nobody.
   */
  const save = (next: PeopleFiles, order: 'people-first' | 'registrations-first'): void => {
    if (order === 'people-first') repository.write('people', next.people)
    repository.write('registrations', next.registrations)
    if (order === 'registrations-first') repository.write('people', next.people)
  }

  return {
    'attendees:import': (request) => {
      const { events } = repository.read('events')
      if (!events.some((event) => event.id === request.eventId)) {
        throw new NotFoundError('The event this import was for no longer exists.')
      }
      // The door's walk-ins are written by the door alone: an import as the door would replace them.
      if (request.platform === 'door') {
        throw new RefusedError('A file cannot be imported as the door’s list: pick its platform.')
      }
      const { people, registrations } = current()
      const { doorLog } = repository.read('journal')
      const result = applyImport({ ...people, ...registrations, events, doorLog }, request, {
        now: deps.now(),
        newId: deps.newId,
      })
      const { settings } = repository.read('settings')
      const nextSettings = {
        settings: {
          ...settings,
          columnMappings: { ...settings.columnMappings, [request.platform]: request.mapping },
          statusReadings: rememberReadings(settings.statusReadings, request),
        },
      }
      save(
        {
          people: { ...people, people: result.people, mergeSuggestions: result.mergeSuggestions },
          registrations: { registrations: result.registrations, imports: result.imports },
        },
        'people-first',
      )
      repository.write('settings', nextSettings)
      return { report: result.report }
    },

    'attendees:undo-import': ({ importId }) => {
      const { people, registrations } = current()
      const result = undoImport({ ...people, ...registrations }, importId, deps.now())
      if (!result.ok) throw new RefusedError(result.reason)
      const { state } = result
      save(
        {
          people: { ...people, people: state.people, mergeSuggestions: state.mergeSuggestions },
          registrations: { registrations: state.registrations, imports: state.imports },
        },
        'registrations-first',
      )
      // The night the import created goes with it while nothing else was added to it; written
      // after the registrations, so a crash in between leaves an empty event, never orphan rows.
      const eventsFile = repository.read('events')
      const record = registrations.imports.find((candidate) => candidate.id === importId)
      const removed =
        record === undefined
          ? null
          : eventToRemoveAfterUndo(record, {
              events: eventsFile.events,
              registrations: state.registrations,
              imports: state.imports,
              demos: eventsFile.demos,
              journal: repository.read('journal'),
            })
      if (removed !== null) {
        const events = eventsFile.events.filter((event) => event.id !== removed.id)
        repository.write('events', { ...eventsFile, events })
      }
      return { removedEventId: removed?.id ?? null }
    },

    'attendees:set-night-links': ({ importId, registrationIds, linked }) => {
      const { people, registrations } = current()
      const state = { ...people, ...registrations }
      const result = linked
        ? relinkNightMatches(state, importId, registrationIds ?? [])
        : unlinkNightMatches(state, importId, registrationIds, {
            now: deps.now(),
            newId: deps.newId,
          })
      if (!result.ok) throw new RefusedError(result.reason)
      const next = result.state
      save(
        {
          people: { ...people, people: next.people, mergeSuggestions: next.mergeSuggestions },
          registrations: { registrations: next.registrations, imports: next.imports },
        },
        linked ? 'registrations-first' : 'people-first',
      )
      return { changed: result.changed }
    },

    'attendees:merge': ({ survivorId, absorbedId }) => {
      const { people, registrations } = current()
      const result = mergePeople(
        { ...people, registrations: registrations.registrations },
        survivorId,
        absorbedId,
        { now: deps.now(), newId: deps.newId },
      )
      if (!result.ok) throw new RefusedError(result.reason)
      const { state } = result
      save(
        {
          people: { ...people, ...pick(state) },
          registrations: { ...registrations, registrations: state.registrations },
        },
        'registrations-first',
      )
      return { mergeId: result.record.id }
    },

    'attendees:unmerge': ({ mergeId }) => {
      const { people, registrations } = current()
      const result = unmergePeople({ ...people, ...registrations }, mergeId, deps.now())
      if (!result.ok) throw new RefusedError(result.reason)
      const { state } = result
      save(
        {
          people: { ...people, ...pick(state) },
          registrations: { ...registrations, registrations: state.registrations },
        },
        'people-first',
      )
      return null
    },

    'attendees:dismiss-suggestion': ({ suggestionId }) => {
      const people = repository.read('people')
      repository.write('people', {
        ...people,
        mergeSuggestions: dismissSuggestion(people.mergeSuggestions, suggestionId),
      })
      return null
    },

    'attendees:set-notes': ({ personId, notes }) => {
      const people = repository.read('people')
      if (!people.people.some((person) => person.id === personId)) {
        throw new NotFoundError('This person no longer exists.')
      }
      repository.write('people', {
        ...people,
        people: people.people.map((person) =>
          person.id === personId ? { ...person, notes } : person,
        ),
      })
      return null
    },

    'attendees:delete-person': ({ personId }) => {
      const { people, registrations } = current()
      const result = deletePerson({ ...people, ...registrations }, personId, deps.now())
      if (!result.ok) throw new NotFoundError(result.reason)
      const { state } = result
      save(
        {
          people: {
            people: state.people,
            tombstones: state.tombstones,
            mergeSuggestions: state.mergeSuggestions,
            merges: state.merges,
          },
          registrations: { registrations: state.registrations, imports: state.imports },
        },
        'registrations-first',
      )
      // Their card, follow-ups, intros and retro picks go too: written after the people files, so
      // a crash in between leaves only references to nobody, which every screen already handles.
      const forgotten = forgetPerson(
        repository.read('board').board,
        repository.read('journal'),
        personId,
      )
      repository.write('board', { board: forgotten.board })
      repository.write('journal', forgotten.journal)
      // Older backups hold the person; a privacy deletion must not leave copies behind.
      repository.replaceBackups('after-deletion')
      return { registrationsRemoved: result.registrationsRemoved }
    },
  }
}

/** The remembered readings with the organizer's readings of this import's status values. */
function rememberReadings(
  remembered: Settings['statusReadings'],
  request: ImportRequest,
): Settings['statusReadings'] {
  const chosen = request.statusReadings
  if (chosen === undefined || Object.keys(chosen.readings).length === 0) return remembered
  return withRememberedReadings(remembered, request.platform, chosen.column, chosen.readings)
}

function pick<T extends { people: unknown; mergeSuggestions: unknown; merges: unknown }>(
  state: T,
): Pick<T, 'people' | 'mergeSuggestions' | 'merges'> {
  return { people: state.people, mergeSuggestions: state.mergeSuggestions, merges: state.merges }
}

/** The night itself: each handler runs a rule from src/shared/night over the files it writes. */
import type { NightChange, NightResponses } from '../../shared/ipc/channels/night'
import type { Registration } from '../../shared/domain/schemas'
import { addWalkIn, checkIn, undoCheckIn, type DoorResult } from '../../shared/night/door-rules'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'

export function nightHandlers(deps: HandlerDeps): Pick<Handlers, keyof NightResponses> {
  const { repository } = deps
  const personName = (personId: string): string =>
    repository.read('people').people.find((person) => person.id === personId)?.name ?? 'Someone'
  const registrationOf = (id: string): Registration => {
    const found = repository.read('registrations').registrations.find((each) => each.id === id)
    if (found === undefined) throw new NotFoundError('This person is no longer on tonight’s list.')
    return found
  }
  const doorState = () => ({
    people: repository.read('people').people,
    registrations: repository.read('registrations').registrations,
    doorLog: repository.read('journal').doorLog,
  })
  /** Registrations first, then the door log: a crash between them leaves a check-in unlogged, never a log line without its check-in. */
  const saveDoor = (result: DoorResult, changedId: string): NightChange => {
    if (!result.ok) throw new RefusedError(result.reason)
    const file = repository.read('registrations')
    repository.write('registrations', { ...file, registrations: result.registrations })
    const journal = { ...repository.read('journal'), doorLog: result.doorLog }
    repository.write('journal', journal)
    return {
      registrations: result.registrations.filter((each) => each.id === changedId),
      people: [],
      mergeSuggestions: [],
      journal,
      personId: null,
      outcome: result.outcome,
    }
  }
  return {
    'door:check-in': (request) => {
      const registration = registrationOf(request.registrationId)
      const context = {
        id: deps.newId(),
        now: deps.now(),
        personName: personName(registration.personId),
      }
      return saveDoor(checkIn(doorState(), request, context), registration.id)
    },
    'door:undo-check-in': (request) => {
      const registration = registrationOf(request.registrationId)
      const context = {
        id: deps.newId(),
        now: deps.now(),
        personName: personName(registration.personId),
      }
      return saveDoor(undoCheckIn(doorState(), request, context), registration.id)
    },
    'door:add-walk-in': (request) => {
      const peopleFile = repository.read('people')
      const registrationsFile = repository.read('registrations')
      const journal = repository.read('journal')
      const result = addWalkIn(
        {
          ...peopleFile,
          registrations: registrationsFile.registrations,
          doorLog: journal.doorLog,
          events: repository.read('events').events,
        },
        request,
        { newId: deps.newId, now: deps.now() },
      )
      if (!result.ok) throw new RefusedError(result.reason)
      const before = new Set(peopleFile.people)
      const beforeRegistrations = new Set(registrationsFile.registrations)
      const knownSuggestions = new Set(peopleFile.mergeSuggestions)
      // People first: a registration never points at nobody, whatever stops in between.
      repository.write('people', {
        ...peopleFile,
        people: result.people,
        mergeSuggestions: result.mergeSuggestions,
      })
      repository.write('registrations', {
        ...registrationsFile,
        registrations: result.registrations,
      })
      const nextJournal = { ...journal, doorLog: result.doorLog }
      repository.write('journal', nextJournal)
      return {
        registrations: result.registrations.filter((each) => !beforeRegistrations.has(each)),
        people: result.people.filter((each) => !before.has(each)),
        mergeSuggestions: result.mergeSuggestions.filter((each) => !knownSuggestions.has(each)),
        journal: nextJournal,
        personId: result.personId,
        outcome: result.outcome,
      }
    },
    'stage:log': ({ eventId, ...draft }) => {
      const { events, demos } = repository.read('events')
      if (!events.some((event) => event.id === eventId))
        throw new NotFoundError('That event no longer exists.')
      if (!demos.some((demo) => demo.id === draft.demoId && demo.eventId === eventId))
        throw new NotFoundError('That demo is no longer in the run-of-show.')
      const journal = repository.read('journal')
      const nextJournal = {
        ...journal,
        stageLog: [...journal.stageLog, { id: deps.newId(), eventId, ...draft }],
      }
      repository.write('journal', nextJournal)
      return {
        registrations: [],
        people: [],
        mergeSuggestions: [],
        journal: nextJournal,
        personId: null,
        outcome: draft.outcome === 'no-show' ? 'Marked a no-show' : 'Demo logged',
      }
    },
  }
}

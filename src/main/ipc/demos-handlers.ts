/**
 * Demos and the slot contract. Each handler runs a pure rule from src/shared/demos over the events
 * file (events and demos are saved together, in one atomic write) and hands back what was saved.
 */
import type { DemosChange } from '../../shared/ipc/channels/demos'
import {
  changeContract,
  createDemo,
  moveDemo,
  recordScreening,
  reorderRunOfShow,
  type SlotResult,
} from '../../shared/demos/demo-slots'
import { resolvePresenter } from '../../shared/demos/presenter'
import { applySpeakerImport } from '../../shared/demos/speaker-import'
import type { Event } from '../../shared/domain/schemas'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'

type DemosChannel =
  | 'demos:add'
  | 'demos:update'
  | 'demos:move'
  | 'demos:screen'
  | 'demos:reorder'
  | 'demos:set-contract'
  | 'demos:import-speakers'

export function demosHandlers(deps: HandlerDeps): Pick<Handlers, DemosChannel> {
  const { repository } = deps
  const eventOf = (eventId: string): Event => {
    const event = repository.read('events').events.find((candidate) => candidate.id === eventId)
    if (event === undefined) throw new NotFoundError('That event no longer exists.')
    return event
  }
  const eventOfDemo = (demoId: string): Event => {
    const demo = repository.read('events').demos.find((candidate) => candidate.id === demoId)
    if (demo === undefined) throw new NotFoundError('That demo no longer exists.')
    return eventOf(demo.eventId)
  }
  const save = (result: SlotResult): DemosChange => {
    if (!result.ok) throw new RefusedError(result.reason)
    const file = repository.read('events')
    const events = file.events.map((event) => (event.id === result.event.id ? result.event : event))
    repository.write('events', { events, demos: result.demos })
    return { events, demos: result.demos, outcome: result.outcome }
  }
  const slotState = (event: Event) => ({ event, demos: repository.read('events').demos })

  return {
    'demos:add': ({ eventId, presenter, title, pitch, links }) => {
      const event = eventOf(eventId)
      const people = repository.read('people')
      const resolved = resolvePresenter(people.people, people.tombstones, presenter, {
        id: deps.newId(),
        now: deps.now(),
      })
      if (!resolved.ok) throw new RefusedError(resolved.reason)
      // The person first: a demo must never point at nobody, even after a crash between writes.
      let savedPeople = null
      if (resolved.created !== null) {
        savedPeople = [...people.people, resolved.created]
        repository.write('people', { ...people, people: savedPeople })
      }
      const demo = createDemo(
        eventId,
        { personId: resolved.personId, title, pitch, links },
        { id: deps.newId(), now: deps.now() },
      )
      const change = save({
        ok: true,
        event,
        demos: [...repository.read('events').demos, demo],
        outcome: `Added “${title}”`,
        promoted: null,
      })
      return { ...change, demoId: demo.id, people: savedPeople }
    },
    'demos:update': ({ demoId, title, pitch, links }) => {
      const event = eventOfDemo(demoId)
      const { demos } = repository.read('events')
      return save({
        ok: true,
        event,
        demos: demos.map((demo) => (demo.id === demoId ? { ...demo, title, pitch, links } : demo)),
        outcome: 'Saved',
        promoted: null,
      })
    },
    'demos:move': ({ demoId, to }) =>
      save(moveDemo(slotState(eventOfDemo(demoId)), demoId, to, deps.now())),
    'demos:screen': ({ demoId, checks, note }) =>
      save(recordScreening(slotState(eventOfDemo(demoId)), demoId, { checks, note }, deps.now())),
    'demos:reorder': ({ eventId, orderedIds }) =>
      save(reorderRunOfShow(slotState(eventOf(eventId)), orderedIds)),
    'demos:set-contract': ({ eventId, contract }) =>
      save(changeContract(slotState(eventOf(eventId)), contract, deps.now())),
    'demos:import-speakers': ({ eventId, platform, entries }) => {
      const event = eventOf(eventId)
      const people = repository.read('people')
      const result = applySpeakerImport(
        {
          event,
          ...people,
          registrations: repository.read('registrations').registrations,
          demos: repository.read('events').demos,
        },
        platform,
        entries,
        { now: deps.now(), newId: deps.newId },
      )
      // People first, so no demo ever points at someone not yet written.
      const savedPeople = {
        ...people,
        people: result.people,
        mergeSuggestions: result.mergeSuggestions,
      }
      repository.write('people', savedPeople)
      const change = save({
        ok: true,
        event,
        demos: result.demos,
        outcome: `${result.report.demosAdded} demos added from the speaker list`,
        promoted: null,
      })
      return { ...change, people: savedPeople, report: result.report }
    },
  }
}

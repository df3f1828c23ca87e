import type { Event } from '../../shared/domain/schemas'
import {
  changeStatus,
  createEvent,
  defaultDemoContract,
  updateEvent,
} from '../../shared/events/event-lifecycle'
import { eventEnd } from '../../shared/events/event-time'
import { canAnnounce } from '../../shared/gates/announce-gate'
import { canPlanNextEvent } from '../../shared/gates/plan-gate'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'

/** Creating, editing, moving and deleting events; each call writes events.json once. */
export function eventHandlers(
  deps: HandlerDeps,
): Pick<
  Handlers,
  'events:create' | 'events:update' | 'events:set-status' | 'events:delete' | 'events:override-gate'
> {
  const { repository } = deps
  const events = (): Event[] => repository.read('events').events
  const save = (next: Event[]): void =>
    repository.write('events', { ...repository.read('events'), events: next })
  const find = (id: string): Event => {
    const event = events().find((candidate) => candidate.id === id)
    if (!event) throw new NotFoundError('That event no longer exists.')
    return event
  }
  const replace = (event: Event): Event => {
    save(events().map((candidate) => (candidate.id === event.id ? event : candidate)))
    return event
  }

  return {
    'events:create': ({ planOverrideReason, ...draft }) => {
      const now = deps.now()
      const override =
        planOverrideReason === undefined
          ? null
          : {
              id: deps.newId(),
              gate: 'plan-after-retro' as const,
              reason: planOverrideReason,
              at: now.toISOString(),
              by: deps.userName,
            }
      const gate = canPlanNextEvent({
        events: events(),
        retros: repository.read('journal').retros,
        board: repository.read('board').board,
        now,
        override,
        draft,
      })
      if (!gate.allowed) {
        throw new RefusedError(
          `${gate.reasons.join('. ')}. ${gate.unblock.join('; ')}, or override with a reason.`,
        )
      }
      const contract = defaultDemoContract(repository.read('settings').settings)
      const created = createEvent(draft, { id: deps.newId(), now, contract })
      // Only an override that was needed is kept: it is counted in the monthly review.
      const needed = gate.conditions.some((condition) => condition.override !== null)
      const event =
        needed && override !== null ? { ...created, gateOverrides: [override] } : created
      save([...events(), event])
      return event
    },
    'events:update': ({ id, draft }) => {
      const event = find(id)
      // A night recorded as done skipped the plan gate because it had ended; moved into the
      // future it would be a planned night that never passed it.
      const movesDates =
        draft.start !== event.start || draft.end !== event.end || draft.timeZone !== event.timeZone
      if (event.status === 'done' && movesDates && eventEnd(draft) > deps.now()) {
        throw new RefusedError(
          `“${event.title}” is done, so it cannot move to a date still to come. Create a new event for the next night.`,
        )
      }
      return replace(updateEvent(event, draft))
    },
    'events:set-status': ({ id, status }) => {
      const event = find(id)
      // Every way into announced passes the gate, stepping back from live included.
      if (status === 'announced' && event.status !== 'announced') {
        const gate = canAnnounce(event, {
          events: events(),
          demos: repository.read('events').demos,
          followUps: repository.read('journal').followUps,
          followUpMinimum: repository.read('settings').settings.followUpMinimum,
          chatObservations: repository.read('chat').chatObservations,
        })
        if (!gate.allowed) {
          throw new RefusedError(
            `${gate.reasons.join('. ')}. ${gate.unblock.join('; ')}, or override with a reason.`,
          )
        }
      }
      const result = changeStatus(event, status, deps.now())
      if (!result.ok) throw new RefusedError(result.reason)
      return replace(result.event)
    },
    'events:delete': ({ id }) => {
      const list = events()
      const index = list.findIndex((candidate) => candidate.id === id)
      const event = list[index]
      if (!event) throw new NotFoundError('That event no longer exists.')
      save(list.filter((candidate) => candidate.id !== id))
      return { event, index }
    },
    'events:override-gate': ({ id, gate, reason }) => {
      const event = find(id)
      const override = {
        id: deps.newId(),
        gate,
        reason,
        at: deps.now().toISOString(),
        by: deps.userName,
      }
      return replace({ ...event, gateOverrides: [...event.gateOverrides, override] })
    },
  }
}

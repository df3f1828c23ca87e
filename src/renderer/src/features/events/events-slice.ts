/**
 * Actions on events; every change goes through main and comes back saved, as a step of main's undo
 * history that the toast offers to take back.
 */
import type { Event, EventDraft, EventStatus } from '../../../../shared/domain/schemas'
import type { SliceCreator } from '../../app/store-types'

export interface EventsSlice {
  createEvent: (draft: EventDraft, planOverrideReason?: string) => Promise<Event>
  updateEvent: (id: string, draft: EventDraft) => Promise<Event>
  setEventStatus: (id: string, status: EventStatus) => Promise<Event>
  /** Deletes after the person confirmed; the toast's Undo and Cmd/Ctrl+Z bring it back. */
  deleteEvent: (id: string) => Promise<void>
}

const STATUS_NOW: Record<EventStatus, string> = {
  planning: 'is back in planning',
  announced: 'is announced',
  live: 'is live',
  done: 'is done',
}

export const createEventsSlice: SliceCreator<EventsSlice> =
  ({ call }) =>
  (set, get) => {
    const upsert = (event: Event): Event => {
      const exists = get().events.some((candidate) => candidate.id === event.id)
      set({
        events: exists
          ? get().events.map((candidate) => (candidate.id === event.id ? event : candidate))
          : [...get().events, event],
      })
      return event
    }

    return {
      createEvent: async (draft, planOverrideReason) =>
        upsert(
          await call(
            'events:create',
            planOverrideReason === undefined ? draft : { ...draft, planOverrideReason },
          ),
        ),
      updateEvent: async (id, draft) => upsert(await call('events:update', { id, draft })),
      setEventStatus: async (id, status) => {
        const event = upsert(await call('events:set-status', { id, status }))
        get().showToast(`“${event.title}” ${STATUS_NOW[status]}`, { undoable: true })
        return event
      },
      deleteEvent: async (id) => {
        const deleted = await call('events:delete', { id })
        set({ events: get().events.filter((event) => event.id !== id) })
        const route = get().route
        if (route.name === 'event' && route.eventId === id) get().navigate({ name: 'events' })
        get().showToast(`Deleted “${deleted.event.title}”`, { undoable: true })
      },
    }
  }

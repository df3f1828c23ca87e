/** Actions on events; every change goes through main and comes back saved. */
import type { Event, EventDraft, EventStatus } from '../../../../shared/domain/schemas'
import type { SliceCreator } from '../../app/store-types'

export interface EventsSlice {
  createEvent: (draft: EventDraft, planOverrideReason?: string) => Promise<Event>
  updateEvent: (id: string, draft: EventDraft) => Promise<Event>
  setEventStatus: (id: string, status: EventStatus) => Promise<Event>
  /** Deletes after the person confirmed; the toast and Cmd/Ctrl+Z can bring it back. */
  deleteEvent: (id: string) => Promise<void>
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
    const remove = (id: string): void =>
      set({ events: get().events.filter((event) => event.id !== id) })

    return {
      createEvent: async (draft, planOverrideReason) =>
        upsert(
          await call(
            'events:create',
            planOverrideReason === undefined ? draft : { ...draft, planOverrideReason },
          ),
        ),
      updateEvent: async (id, draft) => upsert(await call('events:update', { id, draft })),
      setEventStatus: async (id, status) => upsert(await call('events:set-status', { id, status })),
      deleteEvent: async (id) => {
        const deleted = await call('events:delete', { id })
        remove(id)
        const route = get().route
        if (route.name === 'event' && route.eventId === id) get().navigate({ name: 'events' })
        get().recordUndo({
          label: `Deleted “${deleted.event.title}”`,
          undo: async () => {
            upsert(await call('events:restore', { id, index: deleted.index }))
          },
          redo: async () => {
            await call('events:delete', { id })
            remove(id)
          },
        })
      },
    }
  }

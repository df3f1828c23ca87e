/**
 * Actions on events; every change goes through main and comes back saved, as a step of main's undo
 * history that the toast offers to take back. The events file main wrote is in the store by the
 * time `call` resolves (the client applies every reply's `changes`, and leaves the page of an
 * event that is gone); the event in the answer is for the caller, to name it or go to it.
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
  (_set, get) => {
    return {
      createEvent: (draft, planOverrideReason) =>
        call(
          'events:create',
          planOverrideReason === undefined ? draft : { ...draft, planOverrideReason },
        ),
      updateEvent: (id, draft) => call('events:update', { id, draft }),
      setEventStatus: async (id, status) => {
        const event = await call('events:set-status', { id, status })
        get().showToast(`“${event.title}” ${STATUS_NOW[status]}`, { undoable: true })
        return event
      },
      deleteEvent: async (id) => {
        const deleted = await call('events:delete', { id })
        get().showToast(`Deleted “${deleted.event.title}”`, { undoable: true })
      },
    }
  }

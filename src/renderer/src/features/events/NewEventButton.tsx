import { useAppStore } from '../../app/store-context'
import { localDateTimeSchema } from '../../../../shared/domain/schemas'
import { canPlanNextEvent } from '../../../../shared/gates/plan-gate'
import { EventFormDialog } from './EventFormDialog'

/** Opens the one new-event form (also opened by File → New Event, Cmd/Ctrl+N). */
export function NewEventButton({ className = 'btn btn-primary' }: { className?: string }) {
  const setOpen = useAppStore((state) => state.setNewEventOpen)
  return (
    <button type="button" className={className} onClick={() => setOpen(true)}>
      New event
    </button>
  )
}

/** Renders the new-event form when it is open; on success the new event's page opens. */
export function NewEventDialogHost() {
  const isOpen = useAppStore((state) => state.isNewEventOpen)
  return isOpen ? <NewEventDialog /> : null
}

/** The open form; it reads the events, board and retros for the plan gate only while open. */
function NewEventDialog() {
  const setOpen = useAppStore((state) => state.setNewEventOpen)
  const createEvent = useAppStore((state) => state.createEvent)
  const navigate = useAppStore((state) => state.navigate)
  const showToast = useAppStore((state) => state.showToast)
  const defaultTimeZone = useAppStore((state) => state.settings?.defaultTimeZone ?? 'UTC')
  const events = useAppStore((state) => state.events)
  const board = useAppStore((state) => state.board)
  const retros = useAppStore((state) => state.retros)
  return (
    <EventFormDialog
      open
      defaultTimeZone={defaultTimeZone}
      // The plan gate: the last event's retro blocks (unless a reason is given); the cadence warns.
      // A night that already ended is recorded, not planned, so its dates decide.
      gate={({ end, timeZone }) =>
        canPlanNextEvent({
          events,
          retros,
          board,
          now: new Date(),
          draft: localDateTimeSchema.safeParse(end).success ? { end, timeZone } : null,
        })
      }
      onClose={() => setOpen(false)}
      onSubmit={async (draft, planOverrideReason) => {
        const event = await createEvent(draft, planOverrideReason)
        setOpen(false)
        showToast(`Created “${event.title}”`)
        navigate({ name: 'event', eventId: event.id })
      }}
    />
  )
}

import { useAppStore } from '../../app/store-context'
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
  const setOpen = useAppStore((state) => state.setNewEventOpen)
  const createEvent = useAppStore((state) => state.createEvent)
  const navigate = useAppStore((state) => state.navigate)
  const showToast = useAppStore((state) => state.showToast)
  const defaultTimeZone = useAppStore((state) => state.settings?.defaultTimeZone ?? 'UTC')
  if (!isOpen) return null
  return (
    <EventFormDialog
      open
      defaultTimeZone={defaultTimeZone}
      onClose={() => setOpen(false)}
      onSubmit={async (draft) => {
        const event = await createEvent(draft)
        setOpen(false)
        showToast(`Created “${event.title}”`)
        navigate({ name: 'event', eventId: event.id })
      }}
    />
  )
}

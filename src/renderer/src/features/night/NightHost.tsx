import { useEffect, useRef } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { nearestEvent } from '../../../../shared/events/nearest-event'
import { useAppStore } from '../../app/store-context'
import { DoorView } from './DoorView'
import { SparkQuickAdd } from './SparkQuickAdd'
import { StageView } from './StageView'
import './night.css'

/** Tonight's event: the one on screen, else the one nearest in time. */
export function tonightsEvent(
  events: readonly Event[],
  routeEventId: string | null,
  now: Date,
): Event | null {
  return events.find((event) => event.id === routeEventId) ?? nearestEvent([...events], now)
}

/**
 * The night's full-window modes over the app (door, stage) and the spark quick-add, with their
 * shortcuts from any screen: Cmd/Ctrl+Shift+D opens the door, Cmd/Ctrl+Shift+K a spark.
 */
export function NightHost() {
  const night = useAppStore((state) => state.night)
  const events = useAppStore((state) => state.events)
  const route = useAppStore((state) => state.route)
  const openNight = useAppStore((state) => state.openNight)
  const closeNight = useAppStore((state) => state.closeNight)
  const setSparkOpen = useAppStore((state) => state.setSparkOpen)
  const routeEventId = route.name === 'event' ? route.eventId : null

  useEffect(() => {
    const onKey = (keyEvent: KeyboardEvent) => {
      if (!(keyEvent.metaKey || keyEvent.ctrlKey) || !keyEvent.shiftKey || keyEvent.altKey) return
      const key = keyEvent.key.toLowerCase()
      if (key === 'd') {
        keyEvent.preventDefault()
        const event = tonightsEvent(events, routeEventId, new Date())
        if (event) openNight('door', event.id)
      } else if (key === 'k') {
        keyEvent.preventDefault()
        setSparkOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [events, routeEventId, openNight, setSparkOpen])

  const event = night ? events.find((each) => each.id === night.eventId) : undefined
  return (
    <>
      {night && event && (
        <NightOverlay onClose={closeNight} label={night.mode === 'door' ? 'Door' : 'Stage'}>
          {night.mode === 'door' ? <DoorView event={event} /> : <StageView event={event} />}
        </NightOverlay>
      )}
      <SparkQuickAdd
        eventId={night?.eventId ?? tonightsEvent(events, routeEventId, new Date())?.id ?? null}
      />
    </>
  )
}

/**
 * A full-window modal <dialog>: the app behind it is inert, focus stays inside, and Escape closes
 * it (a field that uses Escape for itself stops it first).
 */
function NightOverlay({
  children,
  onClose,
  label,
}: {
  children: React.ReactNode
  onClose: () => void
  label: string
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement
    if (!dialog.open) dialog.showModal()
    // The mode's own field takes the caret (the door's search), as its view focused it before
    // showModal moved focus to the dialog.
    dialog.querySelector<HTMLElement>('input:not([disabled]), button')?.focus()
    return () => {
      if (dialog.open) dialog.close()
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className="night-overlay"
      aria-label={label}
      onCancel={(cancelEvent) => {
        cancelEvent.preventDefault()
        onClose()
      }}
    >
      {children}
    </dialog>
  )
}

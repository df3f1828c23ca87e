import { useMemo } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { canAnnounce } from '../../../../shared/gates/announce-gate'
import type { GateResult } from '../../../../shared/gates/gate'
import { useAppStore } from '../../app/store-context'

/** The announce gate for an event, computed by the same pure rule main enforces. */
export function useAnnounceGate(event: Event): GateResult {
  const events = useAppStore((state) => state.events)
  const demos = useAppStore((state) => state.demos)
  const followUps = useAppStore((state) => state.followUps)
  const followUpMinimum = useAppStore((state) => state.settings.followUpMinimum)
  const chatObservations = useAppStore((state) => state.chatObservations)
  return useMemo(
    () => canAnnounce(event, { events, demos, followUps, followUpMinimum, chatObservations }),
    [event, events, demos, followUps, followUpMinimum, chatObservations],
  )
}

import type { Event } from '../../../../shared/domain/schemas'
import { describeRetroStatus, retroStatus } from '../../../../shared/retros/retro-deadline'
import { useAppStore } from '../../app/store-context'

/** The last event's retro clock on the home screen, until the retro is done. */
export function RetroDueBanner({ event, now }: { event: Event; now: Date }) {
  const retro = useAppStore((state) => state.retros.find((entry) => entry.eventId === event.id))
  const navigate = useAppStore((state) => state.navigate)
  const status = retroStatus(event, retro, now)
  if (status.kind === 'done' || status.kind === 'not-yet' || status.kind === 'optional') return null
  return (
    <div
      className={`callout ${status.kind === 'late' ? 'callout-error' : 'callout-warning'} row-between`}
      role="status"
      data-testid="retro-due"
    >
      <span>
        <strong>Retro for “{event.title}”</strong> · {describeRetroStatus(status)}
        <span className="muted"> · the next event can be planned once it is done</span>
      </span>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => navigate({ name: 'event', eventId: event.id })}
      >
        Write the retro
      </button>
    </div>
  )
}

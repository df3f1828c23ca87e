import { useMemo } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { eventStart } from '../../../../shared/events/event-time'
import { formatEventWhen, formatRelative } from '../../../../shared/events/format-event'
import { useAppStore } from '../../app/store-context'
import { EmptyState } from '../../components/EmptyState'
import { useNow } from '../../hooks/use-now'
import { selectPartitionedEvents, EventStatusBadge, NewEventButton } from '../events'
import { RetroDueBanner } from '../retros'
import { ReviewDueBanner } from '../review'
import { MechanismsCard } from './MechanismsCard'

/** The organizer's starting point: the next event and the last one. */
export function HomePage() {
  const now = useNow()
  const select = useMemo(() => selectPartitionedEvents(now), [now])
  const { upcoming, past } = useAppStore(select)
  const next = upcoming[0]
  const last = past[0]
  return (
    <div className="page stack-lg">
      <header className="page-header row-between">
        <div className="stack" style={{ gap: 2 }}>
          <h1>Home</h1>
          <p className="muted small">
            {new Intl.DateTimeFormat(undefined, { dateStyle: 'full' }).format(now)}
          </p>
        </div>
        <NewEventButton />
      </header>
      {last && <RetroDueBanner event={last} now={now} />}
      {last && <ReviewDueBanner now={now} />}
      {!next && !last ? (
        <div className="card">
          <EmptyState title="Nothing here yet" action={<NewEventButton />}>
            Start by creating your next event.
          </EmptyState>
        </div>
      ) : (
        <div className="home-grid">
          <EventSummaryCard
            heading="Next event"
            event={next}
            now={now}
            empty="No upcoming event planned."
          />
          <EventSummaryCard
            heading="Last event"
            event={last}
            now={now}
            empty="No past events yet."
          />
          <div className="span-all">
            <MechanismsCard next={next} last={last} now={now} />
          </div>
        </div>
      )}
    </div>
  )
}

function EventSummaryCard({
  heading,
  event,
  now,
  empty,
}: {
  heading: string
  event: Event | undefined
  now: Date
  empty: string
}) {
  const navigate = useAppStore((state) => state.navigate)
  return (
    <section className="card card-body stack" aria-label={heading}>
      <div className="row-between">
        <h2 className="section-title">{heading}</h2>
        {event && <EventStatusBadge status={event.status} />}
      </div>
      {event ? (
        <>
          <button
            type="button"
            className="link-button summary-title"
            onClick={() => navigate({ name: 'event', eventId: event.id })}
          >
            {event.title}
          </button>
          <p className="muted small">
            {formatEventWhen(event)} · {formatRelative(eventStart(event), now)}
          </p>
          <p className="small">{[event.venue, event.city].filter(Boolean).join(', ')}</p>
        </>
      ) : (
        <p className="muted small">{empty}</p>
      )}
    </section>
  )
}

import { useMemo, useState } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { eventStart } from '../../../../shared/events/event-time'
import { formatEventWhen, formatRelative } from '../../../../shared/events/format-event'
import { useAppStore } from '../../app/store-context'
import { EmptyState } from '../../components/EmptyState'
import { useNow } from '../../hooks/use-now'
import { selectPartitionedEvents } from './event-selectors'
import { EventStatusBadge } from './EventStatusBadge'
import { NewEventButton } from './NewEventButton'

/** All events: upcoming first (soonest on top), then past (latest on top). */
export function EventsPage() {
  const now = useNow()
  const select = useMemo(() => selectPartitionedEvents(now), [now])
  const { upcoming, past } = useAppStore(select)
  const [pastLimit, setPastLimit] = useState(20)
  const hasEvents = upcoming.length + past.length > 0

  return (
    <div className="page">
      <header className="page-header row-between">
        <div className="stack" style={{ gap: 2 }}>
          <h1>Events</h1>
          <p className="muted small">
            {hasEvents
              ? `${upcoming.length} upcoming · ${past.length} past`
              : 'Plan your first event'}
          </p>
        </div>
        <NewEventButton />
      </header>
      {!hasEvents ? (
        <div className="card">
          <EmptyState title="No events yet" action={<NewEventButton />}>
            Create the next meetup or demo night. Attendees, demos and the retro all hang off an
            event.
          </EmptyState>
        </div>
      ) : (
        <div className="stack-lg">
          <EventSection title="Upcoming" events={upcoming} now={now} empty="Nothing planned yet." />
          <EventSection
            title="Past"
            events={past.slice(0, pastLimit)}
            now={now}
            empty="No past events."
          />
          {past.length > pastLimit && (
            <button
              type="button"
              className="btn"
              onClick={() => setPastLimit((limit) => limit + 50)}
            >
              Show older events ({past.length - pastLimit} more)
            </button>
          )}
        </div>
      )}
    </div>
  )
}

function EventSection({
  title,
  events,
  now,
  empty,
}: {
  title: string
  events: Event[]
  now: Date
  empty: string
}) {
  return (
    <section className="stack" aria-label={`${title} events`}>
      <h2 className="section-title">{title}</h2>
      {events.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul className="event-list card" role="list">
          {events.map((event) => (
            <EventRow key={event.id} event={event} now={now} />
          ))}
        </ul>
      )}
    </section>
  )
}

function EventRow({ event, now }: { event: Event; now: Date }) {
  const navigate = useAppStore((state) => state.navigate)
  const where = [event.venue, event.city].filter(Boolean).join(' · ')
  return (
    <li>
      <button
        type="button"
        className="event-row"
        onClick={() => navigate({ name: 'event', eventId: event.id })}
        data-testid="event-row"
      >
        <span className="event-row-date tabular" aria-hidden>
          <span className="event-row-day">{event.start.slice(8, 10)}</span>
          <span className="event-row-month">
            {new Intl.DateTimeFormat(undefined, { month: 'short' }).format(
              new Date(`${event.start}:00`),
            )}
          </span>
        </span>
        <span className="grow stack" style={{ gap: 2 }}>
          <span className="event-row-title">{event.title}</span>
          <span className="muted small">
            {formatEventWhen(event)} {where && <>· {where}</>}
          </span>
        </span>
        <span className="faint small">{formatRelative(eventStart(event), now)}</span>
        <EventStatusBadge status={event.status} />
      </button>
    </li>
  )
}

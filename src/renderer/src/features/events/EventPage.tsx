import { useState } from 'react'
import {
  EVENT_STATUSES,
  type Event,
  type EventStatus,
  type GateId,
} from '../../../../shared/domain/schemas'
import { nextStatuses } from '../../../../shared/events/event-lifecycle'
import { eventEnd } from '../../../../shared/events/event-time'
import { formatEventWhen } from '../../../../shared/events/format-event'
import { useNow } from '../../hooks/use-now'
import { useAppStore } from '../../app/store-context'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { EmptyState } from '../../components/EmptyState'
import { AnnounceGatePanel, DemoSlotsCard, OverrideDialog, useAnnounceGate } from '../demos'
import { CheckInCard, FollowUpsCard, RetroCard } from '../retros'
import { NightPulseCard } from '../pulse'
import { selectEvent } from './event-selectors'
import { EventAttendeesCard } from './EventAttendeesCard'
import { EventFormDialog } from './EventFormDialog'
import { EventRegistrationsCard } from './EventRegistrationsCard'
import { EventStatusBadge, statusLabel } from './EventStatusBadge'

const STATUS_ACTION: Record<EventStatus, string> = {
  planning: 'Back to planning',
  announced: 'Announce',
  live: 'Mark live',
  done: 'Mark done',
}

/** Backwards, the button only asks: it is never the page's primary action. */
const BACK_ACTION: Record<EventStatus, string> = {
  planning: 'Back to planning…',
  announced: 'Back to announced…',
  live: 'Reopen as live…',
  done: 'Back to done…',
}

/** What going back to a status means, said before it happens. */
const BACK_CONSEQUENCE: Record<EventStatus, string> = {
  planning: 'Back in planning, it counts as not announced, and the announce gate applies again.',
  announced: 'Back to announced, the night counts as not started.',
  live: 'Back to live, the night counts as happening now, and no longer as done.',
  done: 'Back to done, the night counts as over.',
}

const isBackwards = (from: EventStatus, to: EventStatus): boolean =>
  EVENT_STATUSES.indexOf(to) < EVENT_STATUSES.indexOf(from)

const GATE_LABELS: Record<GateId, string> = {
  'announce-demos': 'demo target',
  'announce-follow-ups': 'follow-up minimum',
  'plan-after-retro': 'retro before planning',
}

/** One event: its facts, its lifecycle, and (as features arrive) demos, attendees and the retro. */
export function EventPage({ eventId }: { eventId: string }) {
  const event = useAppStore(selectEvent(eventId))
  if (!event) return <MissingEvent />
  return <EventScreen event={event} />
}

function MissingEvent() {
  const navigate = useAppStore((state) => state.navigate)
  return (
    <div className="page">
      <EmptyState
        title="This event is gone"
        action={
          <button type="button" className="btn" onClick={() => navigate({ name: 'events' })}>
            Back to events
          </button>
        }
      >
        It may have been deleted. Deleting can be undone with Cmd/Ctrl+Z.
      </EmptyState>
    </div>
  )
}

function EventScreen({ event }: { event: Event }) {
  const navigate = useAppStore((state) => state.navigate)
  const updateEvent = useAppStore((state) => state.updateEvent)
  const setEventStatus = useAppStore((state) => state.setEventStatus)
  const deleteEvent = useAppStore((state) => state.deleteEvent)
  const showToast = useAppStore((state) => state.showToast)
  const openNight = useAppStore((state) => state.openNight)
  const now = useNow()
  const [isEditing, setIsEditing] = useState(false)
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false)
  const [isOverriding, setIsOverriding] = useState(false)
  const [backTo, setBackTo] = useState<EventStatus | null>(null)
  const overrideGate = useAppStore((state) => state.overrideGate)
  const gate = useAnnounceGate(event)
  const blockedConditions = gate.conditions.filter(
    (condition) => !condition.isMet && condition.override === null,
  )

  const changeStatus = async (status: EventStatus) => {
    try {
      await setEventStatus(event.id, status)
    } catch (error) {
      showToast((error as Error).message, { tone: 'error' })
    }
  }

  const since = event.statusHistory.at(-1)?.at
  const where = [event.venue, event.city].filter(Boolean).join(', ')
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="small">
        <button type="button" className="link-button" onClick={() => navigate({ name: 'events' })}>
          ← Events
        </button>
      </nav>
      <header className="page-header row-between">
        <div className="stack" style={{ gap: 4 }}>
          <div className="row">
            <h1>{event.title}</h1>
            <EventStatusBadge status={event.status} />
          </div>
          <p className="muted">
            {formatEventWhen(event)}{' '}
            <span className="faint">({event.timeZone.replaceAll('_', ' ')})</span>
          </p>
        </div>
        <div className="row">
          {nextStatuses(event.status).map((status) =>
            status === 'announced' && !gate.allowed ? (
              <span key={status} className="row">
                <button
                  type="button"
                  className="btn btn-ghost"
                  onClick={() => setIsOverriding(true)}
                >
                  Announce anyway…
                </button>
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled
                  title={gate.reasons.join('\n')}
                >
                  Announce
                </button>
              </span>
            ) : isBackwards(event.status, status) ? (
              <button
                key={status}
                type="button"
                className="btn btn-ghost"
                onClick={() => setBackTo(status)}
              >
                {BACK_ACTION[status]}
              </button>
            ) : (
              <button
                key={status}
                type="button"
                className="btn btn-primary"
                onClick={() => void changeStatus(status)}
              >
                {STATUS_ACTION[status]}
              </button>
            ),
          )}
          <button type="button" className="btn" onClick={() => openNight('door', event.id)}>
            Open the door
          </button>
          <button type="button" className="btn" onClick={() => openNight('stage', event.id)}>
            Stage
          </button>
          <button type="button" className="btn" onClick={() => setIsEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => setIsConfirmingDelete(true)}
          >
            Delete
          </button>
        </div>
      </header>

      {event.status === 'planning' && <AnnounceGatePanel event={event} gate={gate} />}

      <div className="event-layout">
        <div className="stack-lg">
          {/* After the night, what comes next matters most: the retro and the follow-ups first. */}
          {eventEnd(event) < now && <RetroCard event={event} />}
          {eventEnd(event) < now && <NightPulseCard event={event} />}
          {eventEnd(event) < now && <FollowUpsCard event={event} />}
          <DemoSlotsCard event={event} />
          <section className="card card-body stack" aria-label="Details">
            <h2>Details</h2>
            <dl className="facts">
              <dt>Venue</dt>
              <dd>{where || <span className="faint">Not set</span>}</dd>
              <dt>Capacity</dt>
              <dd className="tabular">
                {event.capacity ?? <span className="faint">No limit</span>}
              </dd>
              <dt>Created</dt>
              <dd>{new Date(event.createdAt).toLocaleString()}</dd>
            </dl>
          </section>
          <EventRegistrationsCard eventId={event.id} hasEnded={eventEnd(event) < now} />
          <EventAttendeesCard eventId={event.id} />
        </div>
        <div className="stack-lg">
          {eventEnd(event) < now && <CheckInCard event={event} />}
          <section className="card card-body stack" aria-label="Status history">
            <h2>Status history</h2>
            <ol className="timeline">
              {event.statusHistory.map((change, index) => (
                <li key={`${change.at}-${index}`}>
                  <EventStatusBadge status={change.status} />
                  <span className="muted small">{new Date(change.at).toLocaleString()}</span>
                </li>
              ))}
            </ol>
            {event.gateOverrides.length > 0 && (
              <div className="stack" style={{ gap: 'var(--space-2)' }} data-testid="gate-overrides">
                <h3 className="small muted">Gates passed with a reason</h3>
                <ul className="override-list small">
                  {event.gateOverrides.map((override) => (
                    <li key={override.id}>
                      “{override.reason}”
                      <span className="faint">
                        {' '}
                        — {GATE_LABELS[override.gate]}
                        {override.by ? `, ${override.by}` : ''},{' '}
                        {new Date(override.at).toLocaleString()}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        </div>
      </div>

      {isEditing && (
        <EventFormDialog
          open
          event={event}
          defaultTimeZone={event.timeZone}
          onClose={() => setIsEditing(false)}
          onSubmit={async (draft) => {
            await updateEvent(event.id, draft)
            setIsEditing(false)
            showToast('Saved')
          }}
        />
      )}
      {isOverriding && (
        <OverrideDialog
          actionLabel="Announce"
          blockedBy={blockedConditions.map((condition) => condition.summary)}
          onCancel={() => setIsOverriding(false)}
          onConfirm={async (reason) => {
            for (const condition of blockedConditions) {
              await overrideGate(event.id, condition.gate, reason)
            }
            setIsOverriding(false)
            await changeStatus('announced')
          }}
        />
      )}
      <ConfirmDialog
        open={isConfirmingDelete}
        title={`Delete “${event.title}”?`}
        message="The event is removed from your workspace. You can undo this right after."
        confirmLabel="Delete event"
        onCancel={() => setIsConfirmingDelete(false)}
        onConfirm={() => {
          setIsConfirmingDelete(false)
          deleteEvent(event.id).catch((error: Error) => showToast(error.message, { tone: 'error' }))
        }}
      />
      <ConfirmDialog
        open={backTo !== null}
        title={`Move “${event.title}” back to ${statusLabel(backTo ?? event.status).toLowerCase()}?`}
        message={
          `It was marked ${statusLabel(event.status).toLowerCase()}` +
          (since ? ` on ${new Date(since).toLocaleDateString()}` : '') +
          `. ${BACK_CONSEQUENCE[backTo ?? event.status]} Edit → Undo takes it back.`
        }
        confirmLabel={`Move back to ${statusLabel(backTo ?? event.status).toLowerCase()}`}
        tone="primary"
        onCancel={() => setBackTo(null)}
        onConfirm={() => {
          const status = backTo
          setBackTo(null)
          if (status !== null) void changeStatus(status)
        }}
      />
    </div>
  )
}

import { useEffect, useMemo, useRef, useState } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import {
  doorCounts,
  doorRows,
  isWelcomeAtDoor,
  statusWords,
  type DoorRow,
} from '../../../../shared/night/door-rules'
import { buildDoorIndex, searchDoor, type DoorMatch } from '../../../../shared/night/door-search'
import { useAppStore } from '../../app/store-context'
import { WalkInForm } from './WalkInForm'

/** What the door is asking before it acts: undo a check-in, or why to let someone in anyway. */
type Asking = { kind: 'undo'; row: DoorRow } | { kind: 'let-in'; row: DoorRow } | null

const timeOf = (instant: string | null): string =>
  instant === null
    ? ''
    : new Date(instant).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })

/**
 * Door mode (DESIGN.md §1.10): one search field for tonight's list — name, e-mail or ticket code,
 * typed or scanned — Enter checks in the highlighted person, Enter on someone checked in asks
 * before taking it back, and someone on the waitlist or cancelled is let in anyway with a reason.
 */
export function DoorView({ event }: { event: Event }) {
  const people = useAppStore((state) => state.people)
  const registrations = useAppStore((state) => state.registrations)
  const doorLog = useAppStore((state) => state.doorLog)
  const events = useAppStore((state) => state.events)
  const checkInAtDoor = useAppStore((state) => state.checkInAtDoor)
  const undoDoorCheckIn = useAppStore((state) => state.undoDoorCheckIn)
  const [query, setQuery] = useState('')
  const [highlighted, setHighlighted] = useState(0)
  const [asking, setAsking] = useState<Asking>(null)
  const [reason, setReason] = useState('')
  const [said, setSaid] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null)
  const [walkInName, setWalkInName] = useState<string | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)

  const rows = useMemo(
    () => doorRows({ people, registrations, doorLog }, event.id),
    [people, registrations, doorLog, event.id],
  )
  const counts = useMemo(
    () => doorCounts({ people, registrations, doorLog, events }, event),
    [people, registrations, doorLog, events, event],
  )
  const index = useMemo(() => buildDoorIndex(rows), [rows])
  const rowById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows])
  const matches: DoorMatch[] = useMemo(() => searchDoor(index, query), [index, query])
  const recent = useMemo(
    () =>
      rows
        .filter((row) => row.checkedInAt !== null)
        .sort((a, b) => (b.checkedInAt ?? '').localeCompare(a.checkedInAt ?? ''))
        .slice(0, 6),
    [rows],
  )

  const focusSearch = () => window.setTimeout(() => searchRef.current?.focus(), 0)
  // The caret starts in the search, after whatever closed before the door opened took focus back.
  useEffect(() => {
    const timer = window.setTimeout(() => searchRef.current?.focus(), 0)
    return () => window.clearTimeout(timer)
  }, [])
  // Escape steps back one thing at a time: a question, then the search, and only then the door.
  useEffect(() => {
    const onKey = (keyEvent: KeyboardEvent) => {
      if (keyEvent.key !== 'Escape' || walkInName !== null) return
      if (asking !== null) {
        setAsking(null)
        setReason('')
      } else if (query !== '') setQuery('')
      else return
      keyEvent.preventDefault()
      keyEvent.stopPropagation()
      focusSearch()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [asking, query, walkInName])

  const run = async (action: () => Promise<string>, clear = true) => {
    try {
      setSaid({ text: await action(), tone: 'ok' })
      if (clear) setQuery('')
    } catch (error) {
      setSaid({ text: (error as Error).message, tone: 'error' })
    } finally {
      setAsking(null)
      setReason('')
      focusSearch()
    }
  }

  const act = (match: DoorMatch) => {
    const row = rowById.get(match.candidate.id)
    if (row === undefined) return
    if (row.isCheckedIn) {
      setAsking({ kind: 'undo', row })
      return
    }
    if (!isWelcomeAtDoor(row.status)) {
      setAsking({ kind: 'let-in', row })
      return
    }
    const method = match.kind === 'code' ? 'scanned' : 'typed'
    void run(() => checkInAtDoor(event.id, row.id, method))
  }

  const onSearchKey = (keyEvent: React.KeyboardEvent<HTMLInputElement>) => {
    if (keyEvent.key === 'ArrowDown') {
      keyEvent.preventDefault()
      setHighlighted((at) => Math.min(at + 1, Math.max(matches.length - 1, 0)))
    } else if (keyEvent.key === 'ArrowUp') {
      keyEvent.preventDefault()
      setHighlighted((at) => Math.max(at - 1, 0))
    } else if (keyEvent.key === 'Enter') {
      keyEvent.preventDefault()
      const match = matches[highlighted]
      if (match) act(match)
      else if (query.trim() !== '') {
        setSaid({ text: `Nobody on tonight’s list matches “${query.trim()}”.`, tone: 'error' })
      }
    }
  }

  if (walkInName !== null) {
    return (
      <DoorFrame event={event} counts={counts}>
        <WalkInForm
          event={event}
          initialName={walkInName}
          onDone={(outcome) => {
            setWalkInName(null)
            setQuery('')
            if (outcome) setSaid({ text: outcome, tone: 'ok' })
            focusSearch()
          }}
        />
      </DoorFrame>
    )
  }

  return (
    <DoorFrame event={event} counts={counts}>
      <div className="door-search-row">
        <label className="visually-hidden" htmlFor="door-search">
          Find someone on tonight’s list
        </label>
        <input
          id="door-search"
          ref={searchRef}
          className="input door-search"
          type="search"
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls="door-results"
          aria-activedescendant={matches[highlighted] ? `door-result-${highlighted}` : undefined}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          placeholder="Name, e-mail or ticket code — Enter checks in"
          value={query}
          disabled={asking !== null}
          onChange={(changeEvent) => {
            setQuery(changeEvent.target.value)
            setHighlighted(0)
          }}
          onKeyDown={onSearchKey}
        />
        <button type="button" className="btn btn-lg" onClick={() => setWalkInName(query.trim())}>
          Add a walk-in
        </button>
      </div>

      <p
        className={`door-said ${said?.tone === 'error' ? 'door-said-error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="door-said"
      >
        {said?.text ?? ' '}
      </p>

      {asking?.kind === 'undo' && (
        <div
          className="door-ask callout callout-warning"
          role="alertdialog"
          aria-label="Undo check-in"
        >
          <span className="grow">
            <strong>{asking.row.name}</strong> is checked in
            {asking.row.checkedInAt ? ` since ${timeOf(asking.row.checkedInAt)}` : ''}. Take the
            check-in back?
          </span>
          <button
            type="button"
            className="btn btn-danger"
            autoFocus
            onClick={() => void run(() => undoDoorCheckIn(event.id, asking.row.id), false)}
          >
            Undo check-in
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setAsking(null)
              focusSearch()
            }}
          >
            Keep (Esc)
          </button>
        </div>
      )}

      {asking?.kind === 'let-in' && (
        <form
          className="door-ask callout callout-warning"
          aria-label="Let in anyway"
          onSubmit={(submitEvent) => {
            submitEvent.preventDefault()
            void run(() => checkInAtDoor(event.id, asking.row.id, 'let-in', reason))
          }}
        >
          <span>
            <strong>{asking.row.name}</strong> is {statusWords(asking.row.status)}.
          </span>
          <label className="grow row">
            <span className="small">Let in anyway because</span>
            <input
              className="input grow"
              autoFocus
              value={reason}
              placeholder="a seat came free, a speaker’s guest…"
              onChange={(changeEvent) => setReason(changeEvent.target.value)}
            />
          </label>
          <button type="submit" className="btn btn-primary">
            Let in anyway
          </button>
        </form>
      )}

      {query.trim() === '' ? (
        <section className="door-recent" aria-label="Checked in last">
          <h2 className="section-title">Checked in last</h2>
          {recent.length === 0 ? (
            <p className="muted">
              Nobody yet. Type a name, an e-mail or a ticket code, or scan a ticket.
            </p>
          ) : (
            <ul className="door-results">
              {recent.map((row) => (
                <li key={row.id} className="door-result">
                  <span className="door-result-name">{row.name}</span>
                  <span className="muted small grow">{row.emails[0] ?? ''}</span>
                  <span className="badge badge-ok">Checked in {timeOf(row.checkedInAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : matches.length === 0 ? (
        <div className="door-none stack">
          <p>Nobody on tonight’s list matches “{query.trim()}”.</p>
          <div>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setWalkInName(query.trim())}
            >
              Add “{query.trim()}” as a walk-in
            </button>
          </div>
        </div>
      ) : (
        <ul id="door-results" className="door-results" role="listbox" aria-label="Matches">
          {matches.map((match, position) => {
            const row = rowById.get(match.candidate.id)
            if (row === undefined) return null
            return (
              <li
                key={row.id}
                id={`door-result-${position}`}
                role="option"
                aria-selected={position === highlighted}
                className="door-result"
                tabIndex={-1}
                onMouseDown={(mouseEvent) => mouseEvent.preventDefault()}
                onClick={() => {
                  setHighlighted(position)
                  act(match)
                }}
                onKeyDown={(keyEvent) => {
                  if (keyEvent.key === 'Enter') act(match)
                }}
              >
                <span className="door-result-name">{row.name}</span>
                <span className="muted small grow">{row.emails[0] ?? ''}</span>
                <DoorStatus row={row} />
                <span className="door-hint small faint" aria-hidden="true">
                  {position === highlighted ? hintOf(row) : ''}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </DoorFrame>
  )
}

function hintOf(row: DoorRow): string {
  if (row.isCheckedIn) return 'Enter: undo…'
  return isWelcomeAtDoor(row.status) ? 'Enter: check in' : 'Enter: let in anyway…'
}

function DoorStatus({ row }: { row: DoorRow }) {
  if (row.isCheckedIn) {
    return (
      <span className="badge badge-ok">
        Checked in{row.checkedInAt ? ` ${timeOf(row.checkedInAt)}` : ''}
      </span>
    )
  }
  if (row.status === 'waitlist') return <span className="badge badge-warn">Waitlist</span>
  if (row.status === 'cancelled' || row.status === 'declined') {
    return (
      <span className="badge badge-danger">
        {row.status === 'cancelled' ? 'Cancelled' : 'Declined'}
      </span>
    )
  }
  if (row.isWalkIn) return <span className="badge badge-info">Walk-in</span>
  return <span className="badge">{row.status === 'going' ? 'Going' : capital(row.status)}</span>
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** The door's frame: tonight's title and the live counts above whatever the door shows. */
function DoorFrame({
  event,
  counts,
  children,
}: {
  event: Event
  counts: ReturnType<typeof doorCounts>
  children: React.ReactNode
}) {
  const closeNight = useAppStore((state) => state.closeNight)
  return (
    <div className="night-view door-view" data-testid="door-view">
      <header className="night-header">
        <div className="stack" style={{ gap: 2 }}>
          <span className="small muted">Door</span>
          <h1 className="night-title">{event.title}</h1>
        </div>
        <dl className="door-counts" aria-label="Tonight so far">
          <div className="door-count door-count-main">
            <dt>Checked in</dt>
            <dd className="tabular" data-testid="door-checked-in">
              {counts.checkedIn}
            </dd>
          </div>
          <div className="door-count">
            <dt>Going</dt>
            <dd className="tabular" data-testid="door-going">
              {counts.going}
            </dd>
          </div>
          <div className="door-count">
            <dt>Capacity</dt>
            <dd className="tabular">{counts.capacity ?? '—'}</dd>
          </div>
          <div className="door-count">
            <dt>First-timers</dt>
            <dd className="tabular" data-testid="door-first-timers">
              {counts.firstTimers}
            </dd>
          </div>
          <div className="door-count">
            <dt>Walk-ins</dt>
            <dd className="tabular" data-testid="door-walk-ins">
              {counts.walkIns}
            </dd>
          </div>
        </dl>
        <button type="button" className="btn btn-ghost" onClick={closeNight}>
          Close the door
        </button>
      </header>
      <div className="night-body">{children}</div>
    </div>
  )
}

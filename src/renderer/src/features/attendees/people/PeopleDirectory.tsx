import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react'
import type { Event, Person, Registration } from '../../../../../shared/domain/schemas'
import {
  PEOPLE_ORDERS,
  orderPeople,
  type PeopleOrder,
} from '../../../../../shared/identity/people-order'
import {
  personSummary,
  searchPeople,
  type SummaryContext,
} from '../../../../../shared/identity/people-queries'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { useAppStore } from '../../../app/store-context'
import { EmptyState } from '../../../components/EmptyState'
import { AttendedCount } from './AttendanceMarks'
import { formatEventDate } from './event-date'
import { selectRegistrationsByPerson, selectSummaryContext } from './people-selectors'
import { useSessionState } from './use-session-state'

/**
 * Rows rendered at once. A search narrows 50,000 people in a blink, but rendering them all would
 * not be: nobody scrolls past a few hundred rows when a search field is right there.
 */
export const ROW_LIMIT = 200

const ORDER_LABELS: Record<PeopleOrder, string> = {
  name: 'Name',
  attended: 'Most events attended',
  recent: 'Newest first',
}
const isPeopleOrder = (value: string): value is PeopleOrder =>
  (PEOPLE_ORDERS as readonly string[]).includes(value)
const isAnyText = (value: string): value is string => typeof value === 'string'

const numberFormat = new Intl.NumberFormat()

/** The searchable list: type to filter, arrows to choose, Enter to open. */
export function PeopleDirectory() {
  const people = useAppStore((state) => state.people)
  const events = useAppStore((state) => state.events)
  const context = useAppStore(selectSummaryContext)
  const byPerson = useAppStore(selectRegistrationsByPerson)
  const navigate = useAppStore((state) => state.navigate)
  const [query, setQuery] = useSessionState('people.query', '', isAnyText)
  const [order, setOrder] = useSessionState<PeopleOrder>('people.order', 'name', isPeopleOrder)
  // Typing stays instant while the list catches up; with 50,000 people the filter takes a moment.
  const searched = useDeferredValue(query)
  const searchRef = useRef<HTMLInputElement>(null)
  const tableId = useId()
  const hintId = useId()

  const ordered = useMemo(
    () =>
      orderPeople(
        people,
        order,
        (person) =>
          personSummary(person, byPerson.get(person.id) ?? [], events, context).attended.length,
      ),
    [people, order, byPerson, events, context],
  )
  const matches = useMemo(() => searchPeople(ordered, searched), [ordered, searched])
  const shown = matches.slice(0, ROW_LIMIT)

  // The highlighted row belongs to the search it was chosen in; a new search starts at the top.
  const [active, setActive] = useState({ query: searched, index: 0 })
  const activeIndex =
    active.query === searched ? Math.min(active.index, Math.max(shown.length - 1, 0)) : 0
  const rowId = (index: number): string => `${tableId}-row-${index}`

  const moveActive = (step: number) => {
    const index = Math.min(Math.max(activeIndex + step, 0), Math.max(shown.length - 1, 0))
    setActive({ query: searched, index })
    document.getElementById(rowId(index))?.scrollIntoView({ block: 'nearest' })
  }

  const onSearchKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      moveActive(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter') {
      const person = shown[activeIndex]
      if (person) navigate({ name: 'person', personId: person.id })
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault()
      setQuery('')
    }
  }

  // "/" or Cmd/Ctrl+F jumps to the search from anywhere on the screen, as in mail and chat apps.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isFind = (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'f'
      const isSlash = event.key === '/' && !isTextEntry(event.target)
      if (!isFind && !isSlash) return
      event.preventDefault()
      searchRef.current?.focus()
      searchRef.current?.select()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  const total = people.length
  return (
    <section className="card people-directory" aria-label="Everyone">
      <div className="people-toolbar">
        <input
          ref={searchRef}
          className="input people-search"
          type="search"
          aria-label="Search people"
          aria-describedby={hintId}
          placeholder="Search by name or e-mail"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKeyDown}
          autoFocus
          spellCheck={false}
          autoComplete="off"
        />
        <span className="visually-hidden" id={hintId}>
          Up and down arrows choose a person, Enter opens them.
        </span>
        <span className="muted small tabular people-count" aria-live="polite">
          {searched.trim() === ''
            ? `${numberFormat.format(total)} ${total === 1 ? 'person' : 'people'}`
            : `${numberFormat.format(matches.length)} of ${numberFormat.format(total)} match`}
        </span>
        <label className="row small muted">
          Sort
          <select
            className="select people-order"
            value={order}
            onChange={(event) => {
              if (isPeopleOrder(event.target.value)) setOrder(event.target.value)
            }}
          >
            {PEOPLE_ORDERS.map((option) => (
              <option key={option} value={option}>
                {ORDER_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <EmptyState
          title={`No one matches “${searched.trim()}”`}
          action={
            <button type="button" className="btn" onClick={() => setQuery('')}>
              Clear the search
            </button>
          }
        >
          Search looks at names and every e-mail a person is known under.
        </EmptyState>
      ) : (
        <>
          <table className="table people-table" id={tableId}>
            <thead>
              <tr>
                <th scope="col" className="people-col-name">
                  Name
                </th>
                <th scope="col" className="people-col-email">
                  E-mail
                </th>
                <th scope="col" className="people-col-attended">
                  Attended
                </th>
                <th scope="col">First event</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((person, index) => (
                <PersonRow
                  key={person.id}
                  id={rowId(index)}
                  person={person}
                  registrations={byPerson.get(person.id) ?? []}
                  events={events}
                  context={context}
                  isActive={index === activeIndex}
                  onOpen={() => navigate({ name: 'person', personId: person.id })}
                />
              ))}
            </tbody>
          </table>
          {matches.length > shown.length && (
            <p className="people-limit muted small tabular" data-testid="people-limit">
              Showing {numberFormat.format(shown.length)} of {numberFormat.format(matches.length)} —
              refine the search
            </p>
          )}
        </>
      )}
    </section>
  )
}

function PersonRow({
  id,
  person,
  registrations,
  events,
  context,
  isActive,
  onOpen,
}: {
  id: string
  person: Person
  registrations: readonly Registration[]
  events: readonly Event[]
  context: SummaryContext
  isActive: boolean
  onOpen: () => void
}) {
  const summary = personSummary(person, registrations, events, context)
  const [primaryEmail, ...otherEmails] = person.emails
  const first = summary.firstAttended
  const firstPlatformId = person.platformIds[0]
  return (
    <tr
      id={id}
      className="people-row"
      data-active={isActive || undefined}
      data-testid="person-row"
      onClick={onOpen}
    >
      <td className="people-name-cell">
        <button
          type="button"
          className="link-button people-name"
          onClick={(event) => {
            // The row opens the person too; one navigation is enough.
            event.stopPropagation()
            onOpen()
          }}
        >
          {person.name.trim() || <span className="faint">No name</span>}
        </button>
      </td>
      <td>
        <div className="cell-line">
          {primaryEmail ? (
            <>
              <span className="ellipsis">{primaryEmail}</span>
              {otherEmails.length > 0 && (
                <span className="badge" title={otherEmails.join('\n')}>
                  +{otherEmails.length}
                  <span className="visually-hidden"> more e-mails</span>
                </span>
              )}
            </>
          ) : (
            <span className="faint">
              {firstPlatformId ? `${platformLabel(firstPlatformId.platform)} only` : 'No e-mail'}
            </span>
          )}
        </div>
      </td>
      <td>
        <AttendedCount summary={summary} />
      </td>
      <td>
        <div className="cell-line">
          {first ? (
            <>
              <span className="ellipsis">{first.title}</span>
              <span className="faint small tabular nowrap">{formatEventDate(first.start)}</span>
            </>
          ) : (
            <span className="faint ellipsis">
              {summary.eventsRegistered > 0 ? 'Registered, not attended yet' : '—'}
            </span>
          )}
        </div>
      </td>
    </tr>
  )
}

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

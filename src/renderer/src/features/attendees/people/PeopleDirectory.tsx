import { useVirtualizer } from '@tanstack/react-virtual'
import { formatCount } from '../../../../../shared/util/format-number'
import {
  memo,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react'
import type { Person, Registration } from '../../../../../shared/domain/schemas'
import {
  PEOPLE_ORDERS,
  orderPeople,
  type PeopleOrder,
} from '../../../../../shared/identity/people-order'
import {
  personSummary,
  searchPeople,
  type SummaryContext,
  notAttendedLabel,
} from '../../../../../shared/identity/people-queries'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { JOURNEY_STAGES, type JourneyStage } from '../../../../../shared/metrics/journey-funnel'
import { useAppStore } from '../../../app/store-context'
import type { Route } from '../../../app/ui-slice'
import { EmptyState } from '../../../components/EmptyState'
import { AttendedCount } from './AttendanceMarks'
import { formatEventDate } from './event-date'
import { STAGE_DESCRIPTIONS, STAGE_LABELS } from './journey-stage-labels'
import { selectRegistrationsByPerson } from './people-selectors'
import { useSummaryContext } from './use-summary-context'
import { useJourneyStages } from './use-journey-stages'
import { useSessionState } from './use-session-state'

/**
 * Every row's height, set on the row itself. Rows are one line (long text ends in an ellipsis), so
 * one height fits all; placing rows by arithmetic instead of measuring each one keeps a scroll
 * step's work to the rows coming into view, where re-measuring would re-place all 50,000.
 */
const ROW_HEIGHT = 40
/** Rows rendered beyond each edge of the visible ones, so a quick scroll shows no blank band. */
const OVERSCAN = 8

const ORDER_LABELS: Record<PeopleOrder, string> = {
  name: 'Name',
  attended: 'Most events attended',
  recent: 'Newest first',
}
const isPeopleOrder = (value: string): value is PeopleOrder =>
  (PEOPLE_ORDERS as readonly string[]).includes(value)
const isJourneyStage = (value: string): value is JourneyStage =>
  (JOURNEY_STAGES as readonly string[]).includes(value)
const isAnyText = (value: string): value is string => typeof value === 'string'

/**
 * The searchable list of everyone, or of the people at one journey stage: type to filter, arrows
 * to choose, Enter to open. Only the rows in view are in the page, so 50,000 people scroll as
 * smoothly as 50; the table tells assistive technology how many rows there are in all.
 */
export function PeopleDirectory({
  stage,
  onStageChange,
}: {
  /** Only the people at this stage of the developer journey; undefined for everyone. */
  stage: JourneyStage | undefined
  onStageChange: (stage: JourneyStage | undefined) => void
}) {
  const people = useAppStore((state) => state.people)
  const context = useSummaryContext()
  const byPerson = useAppStore(selectRegistrationsByPerson)
  const navigate = useAppStore((state) => state.navigate)
  const stageOfPerson = useJourneyStages(stage !== undefined)
  const [query, setQuery] = useSessionState('people.query', '', isAnyText)
  const [order, setOrder] = useSessionState<PeopleOrder>('people.order', 'name', isPeopleOrder)
  // Typing stays instant while the list catches up; with 50,000 people the filter takes a moment.
  const searched = useDeferredValue(query)
  const searchRef = useRef<HTMLInputElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const headRef = useRef<HTMLTableSectionElement>(null)
  const [headHeight, setHeadHeight] = useState(0)
  const hintId = useId()

  const ordered = useMemo(
    () =>
      orderPeople(
        people,
        order,
        (person) => personSummary(person, byPerson.get(person.id) ?? [], context).attended.length,
      ),
    [people, order, byPerson, context],
  )
  const atStage = useMemo(
    () =>
      stage === undefined || stageOfPerson === null
        ? ordered
        : ordered.filter((person) => stageOfPerson.get(person.id) === stage),
    [ordered, stage, stageOfPerson],
  )
  const matches = useMemo(() => searchPeople(atStage, searched), [atStage, searched])

  // The header sticks to the top of the scrolling list; rows are laid out below it.
  const isEmpty = matches.length === 0
  useLayoutEffect(() => {
    setHeadHeight(headRef.current?.getBoundingClientRect().height ?? 0)
  }, [isEmpty])

  // The rule warns that the React Compiler would not memoise this component; the app does not run
  // the compiler, and nothing of the virtualizer's is handed to the memoised rows.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: matches.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    paddingStart: headHeight,
    // Scrolling a row into view keeps it clear of the sticky header.
    scrollPaddingStart: headHeight,
    getItemKey: (index) => matches[index]?.id ?? index,
  })
  const rows = virtualizer.getVirtualItems()
  const spaceAbove = Math.max((rows[0]?.start ?? headHeight) - headHeight, 0)
  const spaceBelow = Math.max(virtualizer.getTotalSize() - (rows.at(-1)?.end ?? headHeight), 0)

  // The highlighted row belongs to the list it was chosen in; a new search or stage starts at the top.
  const listKey = `${stage ?? ''}\u0000${searched}`
  const [active, setActive] = useState({ listKey, index: 0 })
  const activeIndex =
    active.listKey === listKey ? Math.min(active.index, Math.max(matches.length - 1, 0)) : 0
  // Said by screen readers after an arrow key: the row highlight alone is only visual.
  const [announcement, setAnnouncement] = useState('')

  const moveActive = (step: number) => {
    if (matches.length === 0) return
    const index = Math.min(Math.max(activeIndex + step, 0), matches.length - 1)
    setActive({ listKey, index })
    virtualizer.scrollToIndex(index, { align: 'auto' })
    const person = matches[index]
    setAnnouncement(
      person
        ? `${person.name.trim() || 'No name'}, ${index + 1} of ${formatCount(matches.length)}`
        : '',
    )
  }
  const rowsPerPage = () =>
    Math.max(Math.floor(((scrollRef.current?.clientHeight ?? 0) - headHeight) / ROW_HEIGHT) - 1, 1)

  const onSearchKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    const steps: Record<string, () => number> = {
      ArrowDown: () => 1,
      ArrowUp: () => -1,
      PageDown: rowsPerPage,
      PageUp: () => -rowsPerPage(),
    }
    const step = steps[event.key]
    if (step !== undefined) {
      event.preventDefault()
      moveActive(step())
    } else if (event.key === 'Enter') {
      const person = matches[activeIndex]
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
  const stageLabel = stage === undefined ? '' : STAGE_LABELS[stage]
  const isSearching = searched.trim() !== ''
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
          Up and down arrows choose a person, Page Up and Page Down move a screen, Enter opens them.
        </span>
        <span className="visually-hidden" aria-live="polite">
          {announcement}
        </span>
        <span
          className="muted small tabular people-count"
          aria-live="polite"
          data-testid="people-count"
        >
          {isSearching
            ? `${formatCount(matches.length)} of ${formatCount(atStage.length)} match`
            : stage !== undefined
              ? `${formatCount(atStage.length)} of ${formatCount(total)} people`
              : `${formatCount(total)} ${total === 1 ? 'person' : 'people'}`}
        </span>
        <label className="row small muted">
          Stage
          <select
            className="select people-select"
            value={stage ?? ''}
            onChange={(event) => {
              const value = event.target.value
              onStageChange(isJourneyStage(value) ? value : undefined)
            }}
          >
            <option value="">All stages</option>
            {JOURNEY_STAGES.map((option) => (
              <option key={option} value={option}>
                {STAGE_LABELS[option]}
              </option>
            ))}
          </select>
        </label>
        <label className="row small muted">
          Sort
          <select
            className="select people-select"
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
      {stage !== undefined && (
        <div className="people-filters">
          <span className="filter-chip" data-testid="stage-filter">
            <span>
              Stage: <strong>{stageLabel}</strong>
            </span>
            <span className="filter-chip-count tabular">{formatCount(atStage.length)}</span>
            <button
              type="button"
              className="filter-chip-remove"
              aria-label={`Remove the ${stageLabel} filter`}
              title="Show everyone"
              onClick={() => onStageChange(undefined)}
            >
              ×
            </button>
          </span>
          <span className="muted small">{STAGE_DESCRIPTIONS[stage]}</span>
        </div>
      )}
      {matches.length === 0 ? (
        isSearching ? (
          <EmptyState
            title={`No one matches “${searched.trim()}”`}
            action={
              <button type="button" className="btn" onClick={() => setQuery('')}>
                Clear the search
              </button>
            }
          >
            Search looks at names and every e-mail a person is known under
            {stage === undefined ? '' : `, among the people at ${stageLabel}`}.
          </EmptyState>
        ) : (
          <EmptyState
            title={`No one at ${stageLabel} yet`}
            action={
              <button type="button" className="btn" onClick={() => onStageChange(undefined)}>
                Show everyone
              </button>
            }
          >
            {stage === undefined ? null : `${stageLabel}: ${STAGE_DESCRIPTIONS[stage]}.`}
          </EmptyState>
        )
      ) : (
        // The rows are not Tab stops (the search field's arrows choose them), so the scrolling
        // region itself takes focus: keyboard users can still scroll it with the arrow keys.
        <div
          className="people-scroller"
          ref={scrollRef}
          data-testid="people-scroller"
          tabIndex={0}
          role="region"
          aria-label="People list"
        >
          <table
            className="table people-table"
            aria-label={stage === undefined ? 'People' : `People at ${stageLabel}`}
            aria-rowcount={matches.length + 1}
          >
            <thead ref={headRef}>
              <tr aria-rowindex={1}>
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
              {spaceAbove > 0 && <Spacer height={spaceAbove} />}
              {rows.map((row) => {
                const person = matches[row.index]
                if (person === undefined) return null
                return (
                  <PersonRow
                    key={row.key}
                    index={row.index}
                    person={person}
                    registrations={byPerson.get(person.id) ?? NO_REGISTRATIONS}
                    context={context}
                    isActive={row.index === activeIndex}
                    navigate={navigate}
                  />
                )
              })}
              {spaceBelow > 0 && <Spacer height={spaceBelow} />}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

const NO_REGISTRATIONS: readonly Registration[] = []

/** Stands in for the rows out of view, so the scrollbar is as long as the whole list. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="people-spacer">
      <td colSpan={4} style={{ height }} />
    </tr>
  )
}

/** One person; memoised, so scrolling renders only the rows that come into view. */
const PersonRow = memo(function PersonRow({
  index,
  person,
  registrations,
  context,
  isActive,
  navigate,
}: {
  index: number
  person: Person
  registrations: readonly Registration[]
  context: SummaryContext
  isActive: boolean
  navigate: (route: Route) => void
}) {
  const onOpen = () => navigate({ name: 'person', personId: person.id })
  const summary = personSummary(person, registrations, context)
  const [primaryEmail, ...otherEmails] = person.emails
  const first = summary.firstAttended
  const firstPlatformId = person.platformIds[0]
  return (
    <tr
      style={{ height: ROW_HEIGHT }}
      aria-rowindex={index + 2}
      className="people-row"
      data-active={isActive || undefined}
      data-testid="person-row"
      onClick={onOpen}
    >
      <td className="people-name-cell">
        <button
          type="button"
          className="link-button people-name"
          // One Tab stop for the whole list: from the search field the arrows choose a person and
          // Enter opens them, so Tab does not have to walk through tens of thousands of rows.
          tabIndex={-1}
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
            <span className="faint ellipsis">{notAttendedLabel(summary) ?? '—'}</span>
          )}
        </div>
      </td>
    </tr>
  )
})

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
}

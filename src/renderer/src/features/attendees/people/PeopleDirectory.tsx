import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react'
import { orderPeople, type PeopleOrder } from '../../../../../shared/identity/people-order'
import { personSummary, searchPeople } from '../../../../../shared/identity/people-queries'
import type { JourneyStage } from '../../../../../shared/metrics/journey-funnel'
import { formatCount } from '../../../../../shared/util/format-number'
import { useAppStore } from '../../../app/store-context'
import { STAGE_LABELS } from './journey-stage-labels'
import { NoOneShown } from './NoOneShown'
import {
  isPeopleOrder,
  OrderSelect,
  peopleCountWords,
  StageFilterChip,
  StageSelect,
} from './PeopleListControls'
import { selectRegistrationsByPerson } from './people-selectors'
import { NO_REGISTRATIONS, PersonRow, ROW_HEIGHT, Spacer } from './PersonRow'
import { useFindShortcut } from './use-find-shortcut'
import { useJourneyStages } from './use-journey-stages'
import { useSessionState } from './use-session-state'
import { useSummaryContext } from './use-summary-context'

/** Rows rendered beyond each edge of the visible ones, so a quick scroll shows no blank band. */
const OVERSCAN = 8

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

  useFindShortcut(searchRef)

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
          {peopleCountWords({
            matches: matches.length,
            atStage: atStage.length,
            total: people.length,
            isSearching,
            isStageChosen: stage !== undefined,
          })}
        </span>
        <StageSelect stage={stage} onChange={onStageChange} />
        <OrderSelect order={order} onChange={setOrder} />
      </div>
      {stage !== undefined && (
        <StageFilterChip
          stage={stage}
          count={atStage.length}
          onRemove={() => onStageChange(undefined)}
        />
      )}
      {matches.length === 0 ? (
        <NoOneShown
          search={isSearching ? searched.trim() : null}
          stage={stage}
          onClearSearch={() => setQuery('')}
          onShowEveryone={() => onStageChange(undefined)}
        />
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

import { useMemo, useState } from 'react'
import {
  buildDoorIndex,
  searchDoor,
  type DoorCandidate,
} from '../../../../shared/night/door-search'
import { useAppStore } from '../../app/store-context'
import { Dialog } from '../../components/Dialog'

/**
 * "X met Y about Z", from any screen on the night (Cmd/Ctrl+Shift+K): the two people are found by
 * the door's search, and the intro lands in the intros and sparks ledger of tonight's event.
 */
export function SparkQuickAdd({ eventId }: { eventId: string | null }) {
  const isOpen = useAppStore((state) => state.isSparkOpen)
  const setSparkOpen = useAppStore((state) => state.setSparkOpen)
  return <>{isOpen && <SparkForm eventId={eventId} onClose={() => setSparkOpen(false)} />}</>
}

function SparkForm({ eventId, onClose }: { eventId: string | null; onClose: () => void }) {
  const people = useAppStore((state) => state.people)
  const captureSpark = useAppStore((state) => state.captureSpark)
  const [first, setFirst] = useState<DoorCandidate | null>(null)
  const [second, setSecond] = useState<DoorCandidate | null>(null)
  const [about, setAbout] = useState('')
  const [error, setError] = useState<string | null>(null)
  const index = useMemo(
    () =>
      buildDoorIndex(
        people.map((person) => ({
          id: person.id,
          name: person.name,
          emails: person.emails,
          codes: [],
        })),
      ),
    [people],
  )
  const save = async () => {
    if (first === null || second === null) {
      setError('Pick the two people who met.')
      return
    }
    if (first.id === second.id) {
      setError('Pick two different people.')
      return
    }
    try {
      await captureSpark([first.id, second.id], eventId, about.trim())
      onClose()
    } catch (caught) {
      setError((caught as Error).message)
    }
  }
  return (
    <Dialog
      open
      title="Who met whom?"
      description="X met Y about Z: it goes to tonight’s intros and sparks."
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="spark-form" className="btn btn-primary">
            Save the intro
          </button>
        </>
      }
    >
      <form
        id="spark-form"
        className="stack"
        onSubmit={(submitEvent) => {
          submitEvent.preventDefault()
          void save()
        }}
      >
        <PersonField label="Who" index={index} chosen={first} onChoose={setFirst} autoFocus />
        <PersonField label="met" index={index} chosen={second} onChoose={setSecond} />
        <label className="field">
          <span className="field-label">about</span>
          <input
            className="input"
            value={about}
            maxLength={300}
            placeholder="an eval harness for agents, a co-founder search…"
            onChange={(changeEvent) => setAbout(changeEvent.target.value)}
          />
        </label>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  )
}

/** A search field that picks one person: ↑/↓ move, Enter picks the highlighted one. */
function PersonField({
  label,
  index,
  chosen,
  onChoose,
  autoFocus,
}: {
  label: string
  index: ReturnType<typeof buildDoorIndex>
  chosen: DoorCandidate | null
  onChoose: (candidate: DoorCandidate | null) => void
  autoFocus?: boolean
}) {
  const [query, setQuery] = useState('')
  const [highlighted, setHighlighted] = useState(0)
  const matches = useMemo(() => searchDoor(index, query, 5), [index, query])
  if (chosen !== null) {
    return (
      <div className="field">
        <span className="field-label">{label}</span>
        <div className="row">
          <strong className="grow" data-testid={`spark-${label}`}>
            {chosen.name}
          </strong>
          <button type="button" className="btn btn-sm" onClick={() => onChoose(null)}>
            Change
          </button>
        </div>
      </div>
    )
  }
  return (
    <div className="field spark-person">
      <label className="field-label" htmlFor={`spark-${label}`}>
        {label}
      </label>
      <input
        id={`spark-${label}`}
        className="input"
        type="search"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={`spark-${label}-matches`}
        autoComplete="off"
        autoFocus={autoFocus}
        value={query}
        placeholder="Name or e-mail"
        onChange={(changeEvent) => {
          setQuery(changeEvent.target.value)
          setHighlighted(0)
        }}
        onKeyDown={(keyEvent) => {
          if (keyEvent.key === 'ArrowDown') {
            keyEvent.preventDefault()
            setHighlighted((at) => Math.min(at + 1, matches.length - 1))
          } else if (keyEvent.key === 'ArrowUp') {
            keyEvent.preventDefault()
            setHighlighted((at) => Math.max(at - 1, 0))
          } else if (keyEvent.key === 'Enter' && matches[highlighted]) {
            keyEvent.preventDefault()
            onChoose(matches[highlighted].candidate)
          }
        }}
      />
      {matches.length > 0 && (
        <ul
          id={`spark-${label}-matches`}
          className="spark-matches"
          role="listbox"
          aria-label={`Matches for ${label}`}
        >
          {matches.map((match, position) => (
            <li
              key={match.candidate.id}
              role="option"
              aria-selected={position === highlighted}
              tabIndex={-1}
              onMouseDown={(mouseEvent) => mouseEvent.preventDefault()}
              onClick={() => onChoose(match.candidate)}
              onKeyDown={(keyEvent) => {
                if (keyEvent.key === 'Enter') onChoose(match.candidate)
              }}
            >
              {match.candidate.name}{' '}
              <span className="muted small">{match.candidate.emails[0] ?? ''}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

import { useEffect, useMemo, useState } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { buildDoorIndex, searchDoor } from '../../../../shared/night/door-search'
import { useAppStore } from '../../app/store-context'

/**
 * A walk-in: name, e-mail if they give one, and "first time here?". Someone the workspace already
 * knows (same e-mail, or a name the door's search finds) is offered first, so nobody is added twice.
 */
export function WalkInForm({
  event,
  initialName,
  onDone,
}: {
  event: Event
  initialName: string
  onDone: (outcome: string | null) => void
}) {
  const people = useAppStore((state) => state.people)
  const addWalkIn = useAppStore((state) => state.addWalkIn)
  const [name, setName] = useState(initialName)
  const [email, setEmail] = useState('')
  const [isFirstTime, setIsFirstTime] = useState<boolean | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isSaving, setIsSaving] = useState(false)
  // Escape leaves the form for the door's search, not the door itself.
  useEffect(() => {
    const onKey = (keyEvent: KeyboardEvent) => {
      if (keyEvent.key !== 'Escape') return
      keyEvent.preventDefault()
      keyEvent.stopPropagation()
      onDone(null)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [onDone])

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
  const known = useMemo(() => {
    const byEmail = email.trim().includes('@') ? searchDoor(index, email.trim(), 3) : []
    const byName = name.trim().length >= 2 ? searchDoor(index, name.trim(), 3) : []
    const seen = new Set<string>()
    return [...byEmail, ...byName]
      .filter((match) => !seen.has(match.candidate.id) && seen.add(match.candidate.id))
      .slice(0, 3)
  }, [index, name, email])

  const submit = async (personId: string | null) => {
    if (personId === null && name.trim() === '') {
      setError('Give the walk-in’s name.')
      return
    }
    if (isFirstTime === null) {
      setError('Ask them: first time here?')
      return
    }
    setIsSaving(true)
    try {
      onDone(await addWalkIn(event.id, { name, email, isFirstTime, personId }))
    } catch (caught) {
      setError((caught as Error).message)
      setIsSaving(false)
    }
  }

  return (
    <form
      className="walk-in card card-body stack"
      aria-label="Add a walk-in"
      onSubmit={(submitEvent) => {
        submitEvent.preventDefault()
        void submit(null)
      }}
    >
      <h2>Add a walk-in</h2>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">Name</span>
          <input
            className="input"
            autoFocus
            value={name}
            onChange={(changeEvent) => setName(changeEvent.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">
            E-mail <span className="faint">(optional)</span>
          </span>
          <input
            className="input"
            type="email"
            value={email}
            onChange={(changeEvent) => setEmail(changeEvent.target.value)}
          />
        </label>
      </div>
      <fieldset className="walk-in-first row">
        <legend className="field-label">First time here?</legend>
        <label className="row">
          <input
            type="radio"
            name="first-time"
            checked={isFirstTime === true}
            onChange={() => setIsFirstTime(true)}
          />
          Yes, first time
        </label>
        <label className="row">
          <input
            type="radio"
            name="first-time"
            checked={isFirstTime === false}
            onChange={() => setIsFirstTime(false)}
          />
          No, been before
        </label>
      </fieldset>
      {known.length > 0 && (
        <section className="walk-in-known stack" aria-label="Already known">
          <p className="small muted">Already in your workspace? Check them in instead:</p>
          <ul className="stack" style={{ gap: 4 }}>
            {known.map((match) => (
              <li key={match.candidate.id} className="row">
                <span className="grow">
                  <strong>{match.candidate.name}</strong>{' '}
                  <span className="muted small">{match.candidate.emails[0] ?? ''}</span>
                </span>
                <button
                  type="button"
                  className="btn btn-sm"
                  disabled={isSaving}
                  onClick={() => void submit(match.candidate.id)}
                >
                  It’s {match.candidate.name}: check in
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={isSaving}>
          Add and check in
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => onDone(null)}>
          Cancel (Esc)
        </button>
      </div>
    </form>
  )
}

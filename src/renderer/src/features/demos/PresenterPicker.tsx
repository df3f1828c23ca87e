import { useId, useMemo, useState } from 'react'
import { searchPeople } from '../../../../shared/identity/people-queries'
import { useAppStore } from '../../app/store-context'
import type { PresenterInput } from './demos-slice'

const SHOWN = 6

/** Find the presenter among the workspace's people, or name someone new. */
export function PresenterPicker({
  value,
  onChange,
  error,
}: {
  value: PresenterInput | null
  onChange: (value: PresenterInput | null) => void
  error?: string | undefined
}) {
  const people = useAppStore((state) => state.people)
  const [query, setQuery] = useState('')
  const listId = useId()
  const matches = useMemo(
    () => (query.trim() === '' ? [] : searchPeople(people, query).slice(0, SHOWN)),
    [people, query],
  )
  const chosen =
    value?.kind === 'existing' ? people.find((person) => person.id === value.personId) : undefined

  if (chosen !== undefined) {
    return (
      <div className="field">
        <span className="field-label">Presenter</span>
        <div className="row-between presenter-chosen">
          <span>
            <strong>{chosen.name}</strong>{' '}
            <span className="muted small">{chosen.emails[0] ?? ''}</span>
          </span>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange(null)}>
            Change
          </button>
        </div>
      </div>
    )
  }

  if (value?.kind === 'new') {
    return (
      <div className="form-grid">
        <label className="field">
          <span className="field-label">New presenter’s name</span>
          <input
            className="input"
            value={value.name}
            autoFocus
            onChange={(event) => onChange({ ...value, name: event.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">E-mail</span>
          <input
            className="input"
            type="email"
            value={value.email}
            onChange={(event) => onChange({ ...value, email: event.target.value })}
          />
          <span className="field-hint">An e-mail someone already has picks that person.</span>
        </label>
        {error && (
          <span className="field-error span-2" role="alert">
            {error}
          </span>
        )}
        <button type="button" className="link-button small span-2" onClick={() => onChange(null)}>
          Search people instead
        </button>
      </div>
    )
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={`${listId}-search`}>
        Presenter
      </label>
      <input
        id={`${listId}-search`}
        className="input"
        type="search"
        placeholder="Search people by name or e-mail"
        value={query}
        autoFocus
        aria-invalid={error ? true : undefined}
        onChange={(event) => setQuery(event.target.value)}
      />
      {matches.length > 0 && (
        <ul className="picker-results" aria-label="Matching people">
          {matches.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="picker-result"
                onClick={() => onChange({ kind: 'existing', personId: person.id })}
              >
                <strong>{person.name}</strong>
                <span className="muted small">{person.emails[0] ?? ''}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      <button
        type="button"
        className="link-button small"
        onClick={() => onChange({ kind: 'new', name: query, email: '' })}
      >
        {query.trim() === '' ? 'Someone new…' : `Add “${query.trim()}” as someone new…`}
      </button>
    </div>
  )
}

import { useMemo, useState } from 'react'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { useAppStore } from '../../../app/store-context'
import { byImport, eventNightLinks, type NightLinkEntry } from '../night-links-view'
import './import.css'

/**
 * The people of this night linked by name across two platforms' lists, with the evidence, each
 * reversible, and all at once (DESIGN.md §1.3). The import report shows them once; this keeps them
 * in sight for as long as the night's imports stand.
 */
export function EventNightLinks({ eventId }: { eventId: string }) {
  const imports = useAppStore((state) => state.imports)
  const people = useAppStore((state) => state.people)
  const setNightLinks = useAppStore((state) => state.setNightLinks)
  const showToast = useAppStore((state) => state.showToast)
  const navigate = useAppStore((state) => state.navigate)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const entries = useMemo(() => eventNightLinks(imports, eventId), [imports, eventId])
  const nameById = useMemo(
    () => new Map(people.map((person) => [person.id, person.name.trim() || 'No name'])),
    [people],
  )
  if (entries.length === 0) return null
  const linked = entries.filter((entry) => !entry.isApart)
  const apart = entries.filter((entry) => entry.isApart)

  const change = async (chosen: NightLinkEntry[], isLinked: boolean) => {
    setBusy(true)
    setError(null)
    try {
      for (const [importId, ids] of byImport(chosen)) await setNightLinks(importId, ids, isLinked)
      const [only] = chosen
      showToast(
        chosen.length === 1 && only
          ? `“${only.link.rowName}” is ${isLinked ? 'linked again' : 'now a separate person'}`
          : `${chosen.length} rows are ${isLinked ? 'linked again' : 'now separate people'}`,
      )
    } catch (caught) {
      setError((caught as Error).message)
    } finally {
      setBusy(false)
    }
  }

  /** A person's name, opening their page; the fallback when they are gone. */
  const personButton = (personId: string | null, fallback: string) => {
    const name = personId === null ? undefined : nameById.get(personId)
    return name === undefined || personId === null ? (
      <strong>{fallback}</strong>
    ) : (
      <button
        type="button"
        className="link-button"
        onClick={() => navigate({ name: 'person', personId })}
      >
        <strong>{name}</strong>
      </button>
    )
  }

  return (
    <section
      className="night-links stack"
      aria-label="Matched by name within this night"
      data-testid="event-night-links"
    >
      <div className="row-between">
        <h3>
          {apart.length === 0 ? '' : `${linked.length} of `}
          {entries.length} {entries.length === 1 ? 'person' : 'people'} matched by name within this
          night
        </h3>
        {linked.length > 0 ? (
          <button
            type="button"
            className="btn btn-sm"
            disabled={busy}
            onClick={() => void change(linked, false)}
          >
            Keep all apart
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-sm"
            disabled={busy}
            onClick={() => void change(apart, true)}
          >
            Link all again
          </button>
        )}
      </div>
      <p className="small muted">
        A row on one platform’s list named the only person of that name on another list of this
        night, with no conflicting e-mail, so they count once. Anyone who is not the same person:
        keep apart.
      </p>
      {error !== null && (
        <div className="callout callout-error" role="alert">
          {error}
        </div>
      )}
      <ul className="night-link-list">
        {entries.map((entry) => {
          const { link, isApart } = entry
          return (
            <li
              key={`${entry.importId}-${link.registrationId}`}
              className="night-link"
              data-apart={isApart || undefined}
            >
              <div className="night-link-names">
                {isApart ? (
                  personButton(link.splitPersonId, link.rowName)
                ) : (
                  <strong>{link.rowName}</strong>
                )}{' '}
                <span className="muted">
                  ({platformLabel(entry.platform)}) {isApart ? 'kept apart from' : 'is'}
                </span>{' '}
                {personButton(link.personId, 'someone deleted since')}
                <div className="small faint">{link.evidence.join(' · ')}</div>
              </div>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                disabled={busy}
                aria-label={`${isApart ? 'Link again' : 'Keep apart'}: ${link.rowName}`}
                onClick={() => void change([entry], isApart)}
              >
                {isApart ? 'Link again' : 'Keep apart'}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

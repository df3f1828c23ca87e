import { useMemo, useState } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { RETRO_PICKS, type RetroDraft } from '../../../../shared/retros/journal-rules'
import {
  describeRetroStatus,
  retroStatus,
  type RetroStatus,
} from '../../../../shared/retros/retro-deadline'
import { retroSummaryMarkdown } from '../../../../shared/retros/retro-summary'
import { useAppStore } from '../../app/store-context'
import { Field } from '../../components/Field'
import { useNow } from '../../hooks/use-now'
import { copyText } from '../../lib/clipboard'
import { downloadText, slug } from '../../lib/download'
import { peopleOfEvent } from './event-people'
import './retros.css'
import { usePersonLookup } from '../attendees/people/use-person-lookup'

const RETRO_BADGE: Record<RetroStatus['kind'], string> = {
  'not-yet': 'badge-warn',
  due: 'badge-warn',
  late: 'badge-danger',
  done: 'badge-ok',
  optional: '',
}

/**
 * The 48-hour retro on its fixed template (DESIGN.md §1.5), with its countdown. Saved as typed
 * (on leaving a field); "Mark done" checks that every part is answered.
 */
export function RetroCard({ event }: { event: Event }) {
  const retros = useAppStore((state) => state.retros)
  const people = useAppStore((state) => state.people)
  const registrations = useAppStore((state) => state.registrations)
  const events = useAppStore((state) => state.events)
  const demos = useAppStore((state) => state.demos)
  const followUps = useAppStore((state) => state.followUps)
  const intros = useAppStore((state) => state.intros)
  const checkIns = useAppStore((state) => state.checkIns)
  const board = useAppStore((state) => state.board)
  const saveRetro = useAppStore((state) => state.saveRetro)
  const completeRetro = useAppStore((state) => state.completeRetro)
  const addCard = useAppStore((state) => state.addCard)
  const showToast = useAppStore((state) => state.showToast)
  const exportRetroPdf = useAppStore((state) => state.exportRetroPdf)
  const exportAllRetros = useAppStore((state) => state.exportAllRetros)
  const now = useNow()
  const retro = retros.find((entry) => entry.eventId === event.id)
  const status = retroStatus(event, retro, now)
  const [draft, setDraft] = useState<RetroDraft>(() => ({
    worked: retro?.worked ?? '',
    broke: retro?.broke ?? '',
    surprised: retro?.surprised ?? '',
    inviteNext: retro?.inviteNext ?? [],
    // Saved picks first, then empty rows up to three: empty rows are not saved, so they must be
    // put back every time the card opens.
    followUpPicks: [
      ...(retro?.followUpPicks ?? []),
      ...Array.from({ length: RETRO_PICKS }, () => ({ personId: '', why: '' })),
    ].slice(0, RETRO_PICKS),
  }))
  const attendees = useMemo(
    () => peopleOfEvent(event.id, registrations, people),
    [event.id, registrations, people],
  )
  const personOf = usePersonLookup()
  const onBoard = new Set(board.cards.map((card) => card.personId))

  /** Saves the draft; returns false (after saying why) when main refused it. */
  const persist = async (next: RetroDraft = draft): Promise<boolean> => {
    try {
      await saveRetro(event.id, {
        ...next,
        followUpPicks: next.followUpPicks.filter((pick) => pick.personId !== ''),
      })
      return true
    } catch (error) {
      showToast((error as Error).message, { tone: 'error' })
      return false
    }
  }
  const change = (next: RetroDraft, save = false) => {
    setDraft(next)
    if (save) void persist(next)
  }
  const markdown = () =>
    retroSummaryMarkdown({
      event,
      events,
      registrations,
      people,
      demos,
      journal: { retros, followUps, intros, checkIns },
      now,
    })

  return (
    <section className="card card-body stack" aria-label="Retro">
      <div className="row-between">
        <h2>48-hour retro</h2>
        <span className={`badge ${RETRO_BADGE[status.kind]}`} data-testid="retro-status">
          {describeRetroStatus(status)}
        </span>
      </div>
      {status.kind === 'not-yet' ? (
        <p className="small muted">The retro opens when the event ends.</p>
      ) : (
        <>
          <Field label="What worked">
            <textarea
              className="textarea"
              rows={2}
              value={draft.worked}
              onChange={(input) => change({ ...draft, worked: input.target.value })}
              onBlur={() => void persist()}
            />
          </Field>
          <Field label="What broke">
            <textarea
              className="textarea"
              rows={2}
              value={draft.broke}
              onChange={(input) => change({ ...draft, broke: input.target.value })}
              onBlur={() => void persist()}
            />
          </Field>
          <Field label="What surprised us">
            <textarea
              className="textarea"
              rows={2}
              value={draft.surprised}
              onChange={(input) => change({ ...draft, surprised: input.target.value })}
              onBlur={() => void persist()}
            />
          </Field>
          <div className="stack" style={{ gap: 'var(--space-2)' }}>
            <span className="field-label">Who should we invite next time?</span>
            <ul className="retro-people" aria-label="Invite next time">
              {draft.inviteNext.map((personId) => (
                <li key={personId} className="row-between small">
                  <span>{personOf(personId)?.name ?? 'Deleted person'}</span>
                  <span className="row">
                    {onBoard.has(personId) ? (
                      <span className="faint">On the board</span>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-ghost btn-sm"
                        onClick={() =>
                          void addCard(personId, 'first-timers', 'Invite to the next night')
                        }
                      >
                        Add to board
                      </button>
                    )}
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      aria-label={`Remove ${personOf(personId)?.name ?? 'person'}`}
                      onClick={() =>
                        change(
                          {
                            ...draft,
                            inviteNext: draft.inviteNext.filter((id) => id !== personId),
                          },
                          true,
                        )
                      }
                    >
                      ×
                    </button>
                  </span>
                </li>
              ))}
            </ul>
            <select
              className="select"
              aria-label="Add someone to invite"
              value=""
              onChange={(input) => {
                if (input.target.value === '') return
                change({ ...draft, inviteNext: [...draft.inviteNext, input.target.value] }, true)
              }}
            >
              <option value="">Add someone who came…</option>
              {attendees
                .filter((person) => !draft.inviteNext.includes(person.id))
                .map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
            </select>
          </div>
          <div className="stack" style={{ gap: 'var(--space-2)' }}>
            <span className="field-label">Which 3 people do we follow up with, and why?</span>
            {draft.followUpPicks.map((pick, index) => (
              <div key={index} className="retro-pick">
                <select
                  className="select"
                  aria-label={`Follow-up ${index + 1}`}
                  value={pick.personId}
                  onChange={(input) => {
                    const picks = draft.followUpPicks.map((entry, position) =>
                      position === index ? { ...entry, personId: input.target.value } : entry,
                    )
                    change({ ...draft, followUpPicks: picks }, true)
                  }}
                >
                  <option value="">Choose someone…</option>
                  {attendees.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.name}
                    </option>
                  ))}
                </select>
                <input
                  className="input"
                  aria-label={`Why follow up with ${index + 1}`}
                  placeholder="Why"
                  value={pick.why}
                  onChange={(input) => {
                    const picks = draft.followUpPicks.map((entry, position) =>
                      position === index ? { ...entry, why: input.target.value } : entry,
                    )
                    change({ ...draft, followUpPicks: picks })
                  }}
                  onBlur={() => void persist()}
                />
              </div>
            ))}
          </div>
          <div className="row-between">
            <div className="row">
              <button
                type="button"
                className="btn btn-sm"
                onClick={() =>
                  void copyText(markdown())
                    .then(() => showToast('Retro summary copied'))
                    .catch((error: Error) => showToast(error.message, { tone: 'error' }))
                }
              >
                Copy summary
              </button>
              <button
                type="button"
                className="btn btn-sm"
                onClick={() =>
                  downloadText(
                    `retro-${slug(event.title)}.md`,
                    markdown(),
                    'text/markdown;charset=utf-8',
                  )
                }
              >
                Export .md
              </button>
              <button
                type="button"
                className="btn btn-sm"
                onClick={() =>
                  void exportRetroPdf(event.id).catch((error: Error) =>
                    showToast(error.message, { tone: 'error' }),
                  )
                }
              >
                Save PDF
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                onClick={() =>
                  void exportAllRetros().catch((error: Error) =>
                    showToast(error.message, { tone: 'error' }),
                  )
                }
              >
                Export all retros…
              </button>
            </div>
            {status.kind !== 'done' && (
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  void persist()
                    .then((isSaved) => (isSaved ? completeRetro(event.id) : undefined))
                    .catch((error: Error) => showToast(error.message, { tone: 'error' }))
                }}
              >
                Mark retro done
              </button>
            )}
          </div>
        </>
      )}
    </section>
  )
}

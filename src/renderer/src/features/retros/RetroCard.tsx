import { useState } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { RETRO_PICKS, type RetroDraft } from '../../../../shared/retros/journal-rules'
import {
  describeRetroStatus,
  retroStatus,
  type RetroStatus,
} from '../../../../shared/retros/retro-deadline'
import { useAppStore } from '../../app/store-context'
import { Field } from '../../components/Field'
import { useNow } from '../../hooks/use-now'
import { RetroExportActions } from './RetroExportActions'
import { RetroFollowUpPicks } from './RetroFollowUpPicks'
import { RetroInviteList } from './RetroInviteList'
import { selectRetroOf } from './retro-selectors'
import { useEventAttendees } from './use-event-attendees'
import './retros.css'
import { RetroPulse } from '../pulse'

const RETRO_BADGE: Record<RetroStatus['kind'], string> = {
  'not-yet': 'badge-warn',
  due: 'badge-warn',
  late: 'badge-danger',
  done: 'badge-ok',
  optional: '',
}

/**
 * The 48-hour retro on its fixed template (DESIGN.md §1.5), with its countdown. Saved as typed
 * (on leaving a field); "Mark done" checks that every part is answered. The card holds the draft;
 * its parts (who to invite, whom to follow up, export) each read only what they show.
 */
export function RetroCard({ event }: { event: Event }) {
  const retro = useAppStore(selectRetroOf(event.id))
  const saveRetro = useAppStore((state) => state.saveRetro)
  const completeRetro = useAppStore((state) => state.completeRetro)
  const showToast = useAppStore((state) => state.showToast)
  const now = useNow()
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
  const attendees = useEventAttendees(event.id)

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
          <RetroPulse
            eventId={event.id}
            onQuote={(quote) =>
              change(
                {
                  ...draft,
                  worked:
                    draft.worked.trim() === '' ? quote : `${draft.worked.trimEnd()}\n${quote}`,
                },
                true,
              )
            }
          />
          <RetroInviteList
            inviteNext={draft.inviteNext}
            attendees={attendees}
            onChange={(inviteNext) => change({ ...draft, inviteNext }, true)}
          />
          <RetroFollowUpPicks
            picks={draft.followUpPicks}
            attendees={attendees}
            onChange={(followUpPicks, save) => change({ ...draft, followUpPicks }, save)}
            onLeaveField={() => void persist()}
          />
          <div className="row-between">
            <RetroExportActions event={event} now={now} />
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

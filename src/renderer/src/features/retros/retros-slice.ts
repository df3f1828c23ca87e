/** The journal's actions after an event: retro, follow-ups, intros, check-in. Saved by main. */
import type { FollowUpOutcome } from '../../../../shared/domain/journal-schemas'
import type { JournalChange } from '../../../../shared/ipc/channels/retros'
import type { RetroDraft } from '../../../../shared/retros/journal-rules'
import type { SliceCreator } from '../../app/store-types'
import { currentPersonLookup } from '../../../../shared/identity/current-person'

export interface FollowUpInput {
  channel: string
  sentOn: string | null
  answer: string
  outcomes: FollowUpOutcome[]
}

export interface RetrosSlice {
  saveRetro: (eventId: string, draft: RetroDraft) => Promise<void>
  completeRetro: (eventId: string) => Promise<void>
  pickFollowUp: (eventId: string, personId: string) => Promise<void>
  updateFollowUp: (id: string, fields: FollowUpInput) => Promise<void>
  removeFollowUp: (id: string) => Promise<void>
  addIntro: (personIds: [string, string], eventId: string | null, byWhom: string) => Promise<void>
  markSpark: (id: string, note: string) => Promise<void>
  saveCheckIn: (eventId: string, energy: number, hours: number, word: string) => Promise<void>
  exportAllRetros: () => Promise<void>
  exportRetroPdf: (eventId: string) => Promise<void>
}

export const createRetrosSlice: SliceCreator<RetrosSlice> =
  ({ call }) =>
  (set, get) => {
    const apply = (change: JournalChange, toast = true): void => {
      set({ ...change.journal })
      if (toast) get().showToast(change.outcome, { undoable: true })
    }
    return {
      saveRetro: async (eventId, draft) =>
        apply(await call('retros:save', { eventId, ...draft }), false),
      completeRetro: async (eventId) => apply(await call('retros:complete', { eventId })),
      pickFollowUp: async (eventId, personId) =>
        apply(await call('followups:pick', { eventId, personId }), false),
      updateFollowUp: async (id, fields) =>
        apply(await call('followups:update', { id, ...fields })),
      removeFollowUp: async (id) => {
        const removed = get().followUps.find((entry) => entry.id === id)
        apply(await call('followups:remove', { id }), false)
        const name =
          removed && currentPersonLookup(get().people, get().merges)(removed.personId)?.name
        get().showToast(`${name ?? 'Someone'} removed from the follow-up list`, {
          undoable: true,
        })
      },
      addIntro: async (personIds, eventId, byWhom) =>
        apply(await call('intros:add', { personIds, eventId, byWhom })),
      markSpark: async (id, note) => apply(await call('intros:spark', { id, note })),
      saveCheckIn: async (eventId, energy, hours, word) =>
        apply(await call('checkins:save', { eventId, energy, hours, word })),
      exportAllRetros: async () => {
        const saved = await call('retros:export-all', undefined)
        if (saved.status === 'saved') {
          get().showToast(
            `Saved ${saved.files} retro${saved.files === 1 ? '' : 's'} to ${saved.path}`,
          )
        }
      },
      exportRetroPdf: async (eventId) => {
        const saved = await call('retros:export-pdf', { eventId })
        if (saved.status === 'saved') get().showToast(`Saved ${saved.path}`)
      },
    }
  }

/**
 * The night itself (DESIGN.md §1.10): which full-window mode is open (the door or the stage) and
 * for which event, the spark quick-add, and the actions they send to main. Door replies carry only
 * the registrations and people they wrote, which are patched into the lists here.
 */
import type { Person, Registration } from '../../../../shared/domain/schemas'
import type { NightChange } from '../../../../shared/ipc/channels/night'
import type { StageLogDraft } from '../../../../shared/night/stage-timer'
import type { SliceCreator } from '../../app/store-types'

export type NightMode = 'door' | 'stage'

export interface WalkInInput {
  name: string
  email: string
  isFirstTime: boolean
  personId: string | null
}

export interface NightSlice {
  night: { mode: NightMode; eventId: string } | null
  isSparkOpen: boolean
  openNight: (mode: NightMode, eventId: string) => void
  closeNight: () => void
  setSparkOpen: (isOpen: boolean) => void
  /** The stage timer's clock, in milliseconds: the store's injected clock, so tests can fake it. */
  stageClock: () => number
  /** Each resolves with the outcome line, or rejects with the reason in words. */
  checkInAtDoor: (
    eventId: string,
    registrationId: string,
    method: 'typed' | 'scanned' | 'let-in',
    reason?: string,
  ) => Promise<string>
  undoDoorCheckIn: (eventId: string, registrationId: string) => Promise<string>
  addWalkIn: (eventId: string, input: WalkInInput) => Promise<string>
  logStage: (eventId: string, draft: StageLogDraft) => Promise<void>
  captureSpark: (
    personIds: [string, string],
    eventId: string | null,
    about: string,
  ) => Promise<void>
}

/** The lists with the written rows put in place of their old versions, new ones at the end. */
function patched<T extends { id: string }>(list: readonly T[], written: readonly T[]): T[] {
  if (written.length === 0) return list as T[]
  const byId = new Map(written.map((each) => [each.id, each]))
  const next = list.map((each) => {
    const replacement = byId.get(each.id)
    if (replacement !== undefined) byId.delete(each.id)
    return replacement ?? each
  })
  return [...next, ...byId.values()]
}

export const createNightSlice: SliceCreator<NightSlice> =
  ({ call, now }) =>
  (set, get) => {
    const apply = (change: NightChange): string => {
      const state = get()
      set({
        registrations: patched<Registration>(state.registrations, change.registrations),
        people: patched<Person>(state.people, change.people),
        mergeSuggestions: [...state.mergeSuggestions, ...change.mergeSuggestions],
        ...change.journal,
      })
      return change.outcome
    }
    return {
      night: null,
      isSparkOpen: false,
      openNight: (mode, eventId) => set({ night: { mode, eventId } }),
      closeNight: () => set({ night: null }),
      setSparkOpen: (isOpen) => set({ isSparkOpen: isOpen }),
      stageClock: () => now().getTime(),
      checkInAtDoor: async (eventId, registrationId, method, reason = '') =>
        apply(await call('door:check-in', { eventId, registrationId, method, reason })),
      undoDoorCheckIn: async (eventId, registrationId) =>
        apply(await call('door:undo-check-in', { eventId, registrationId })),
      addWalkIn: async (eventId, input) =>
        apply(await call('door:add-walk-in', { eventId, ...input })),
      logStage: async (eventId, draft) => {
        apply(await call('stage:log', { eventId, ...draft }))
      },
      captureSpark: async (personIds, eventId, about) => {
        const change = await call('intros:add', {
          personIds,
          eventId,
          byWhom: 'Captured on the night',
          about,
        })
        set({ ...change.journal })
        get().showToast(change.outcome, { undoable: true })
      },
    }
  }

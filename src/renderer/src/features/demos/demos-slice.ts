/**
 * The demos feature's actions. Main applies the slot rules and saves; the store takes the saved
 * events and demos back, and the rule's outcome ("waitlisted, 2nd in line") becomes the toast.
 */
import type { DemoState } from '../../../../shared/domain/demo-schemas'
import type { DemoContract, GateId } from '../../../../shared/domain/schemas'
import type { DemosChange } from '../../../../shared/ipc/channels/demos'
import type { SpeakerEntry, SpeakerImportReport } from '../../../../shared/demos/speaker-import'
import type { Platform } from '../../../../shared/domain/schemas'
import type { SliceCreator } from '../../app/store-types'

export interface DemoFields {
  title: string
  pitch: string
  links: string[]
}

export type PresenterInput =
  { kind: 'existing'; personId: string } | { kind: 'new'; name: string; email: string }

export interface DemosSlice {
  addDemo: (eventId: string, presenter: PresenterInput, fields: DemoFields) => Promise<void>
  updateDemo: (demoId: string, fields: DemoFields) => Promise<void>
  moveDemo: (demoId: string, to: DemoState) => Promise<void>
  screenDemo: (demoId: string, checks: Record<string, boolean>, note: string) => Promise<void>
  reorderRunOfShow: (eventId: string, orderedIds: string[]) => Promise<void>
  setDemoContract: (eventId: string, contract: DemoContract) => Promise<void>
  overrideGate: (eventId: string, gate: GateId, reason: string) => Promise<void>
  importSpeakers: (
    eventId: string,
    platform: Platform,
    entries: SpeakerEntry[],
  ) => Promise<SpeakerImportReport>
}

export const createDemosSlice: SliceCreator<DemosSlice> =
  ({ call }) =>
  (set, get) => {
    const apply = (change: DemosChange, toast = true): void => {
      set({ events: change.events, demos: change.demos })
      if (toast) get().showToast(change.outcome, { undoable: true })
    }
    return {
      addDemo: async (eventId, presenter, fields) => {
        const added = await call('demos:add', { eventId, presenter, ...fields })
        if (added.people !== null) set({ people: added.people })
        apply(added)
      },
      updateDemo: async (demoId, fields) =>
        apply(await call('demos:update', { demoId, ...fields })),
      moveDemo: async (demoId, to) => apply(await call('demos:move', { demoId, to })),
      screenDemo: async (demoId, checks, note) =>
        apply(await call('demos:screen', { demoId, checks, note }), false),
      reorderRunOfShow: async (eventId, orderedIds) => {
        // The new order shows at once; main's answer (or its refusal) settles it.
        const before = get().demos
        const position = new Map(orderedIds.map((id, index) => [id, index]))
        set({
          demos: get().demos.map((demo) =>
            position.has(demo.id) ? { ...demo, runOrder: position.get(demo.id) ?? null } : demo,
          ),
        })
        try {
          apply(await call('demos:reorder', { eventId, orderedIds }))
        } catch (error) {
          set({ demos: before })
          throw error
        }
      },
      setDemoContract: async (eventId, contract) =>
        apply(await call('demos:set-contract', { eventId, contract })),
      importSpeakers: async (eventId, platform, entries) => {
        const imported = await call('demos:import-speakers', { eventId, platform, entries })
        set({ ...imported.people })
        apply(imported)
        return imported.report
      },
      overrideGate: async (eventId, gate, reason) => {
        const event = await call('events:override-gate', { id: eventId, gate, reason })
        set({
          events: get().events.map((candidate) => (candidate.id === eventId ? event : candidate)),
        })
      },
    }
  }

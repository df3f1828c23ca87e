/**
 * The attendees feature's actions: committing an import, undoing it, and the people operations.
 * Every change goes through main, and the files main saved replace the store's collections, so
 * the screen always shows what is on disk.
 */
import type { EventDraft } from '../../../../shared/domain/schemas'
import type {
  ImportRequest,
  ImportUndone,
  PeopleChange,
} from '../../../../shared/ipc/channels/attendees'
import type { ImportReport } from '../../../../shared/identity/apply-import'
import type { SliceCreator } from '../../app/store-types'

/** Where the import dialog starts: a file dropped on the window, an event's page, or nothing. */
export interface ImportLaunch {
  eventId: string | null
  file: File | null
}

export interface AttendeesSlice {
  /** Null while the import dialog is closed. */
  importLaunch: ImportLaunch | null
  openImport: (launch?: Partial<ImportLaunch>) => void
  closeImport: () => void
  /** `createdFrom`: the draft of the event made for this import, so a redo can make it again. */
  commitImport: (request: ImportRequest, createdFrom?: EventDraft) => Promise<ImportReport>
  /** Takes back (or puts back) links by name within a night: some registrations, or all. */
  setNightLinks: (
    importId: string,
    registrationIds: string[] | null,
    linked: boolean,
  ) => Promise<number>
  undoImport: (importId: string, fileName: string) => Promise<void>
  mergePeople: (survivorId: string, absorbedId: string) => Promise<void>
  /** Takes a merge back; main refuses, with a reason, while a later change depends on it. */
  unmergePeople: (mergeId: string) => Promise<void>
  dismissSuggestion: (suggestionId: string) => Promise<void>
  setPersonNotes: (personId: string, notes: string) => Promise<void>
  /** Permanent by design (a privacy request): the caller has asked for confirmation. */
  deletePerson: (personId: string) => Promise<number>
}

export const createAttendeesSlice: SliceCreator<AttendeesSlice> =
  ({ call }) =>
  (set, get) => {
    const apply = (change: PeopleChange): void => set({ ...change.people, ...change.registrations })

    // An undone import may take the night it created with it; the screen follows.
    const applyUndone = (undone: ImportUndone): void => {
      apply(undone)
      if (undone.removedEventId === null) return
      set({ events: undone.events })
      const route = get().route
      if (route.name === 'event' && route.eventId === undone.removedEventId) {
        get().navigate({ name: 'events' })
      }
    }

    const commit = async (request: ImportRequest): Promise<ImportReport> => {
      const committed = await call('attendees:import', request)
      apply(committed)
      set({ settings: committed.settings.settings })
      return committed.report
    }

    return {
      importLaunch: null,
      openImport: (launch = {}) =>
        set({ importLaunch: { eventId: launch.eventId ?? null, file: launch.file ?? null } }),
      closeImport: () => set({ importLaunch: null }),

      commitImport: async (request, createdFrom) => {
        const report = await commit(request)
        // Redo imports the same rows again, which is a new import with its own id; when the undo
        // removed the night the import had created, the redo creates it again first.
        let importId = report.importId
        let current = request
        get().recordUndo({
          label: `Imported ${report.rowsImported} rows from “${request.fileName}”`,
          undo: async () => applyUndone(await call('attendees:undo-import', { importId })),
          redo: async () => {
            const exists = get().events.some((event) => event.id === current.eventId)
            if (!exists && createdFrom !== undefined) {
              current = { ...current, eventId: (await get().createEvent(createdFrom)).id }
            }
            importId = (await commit(current)).importId
          },
        })
        return report
      },

      undoImport: async (importId, fileName) => {
        applyUndone(await call('attendees:undo-import', { importId }))
        get().showToast(`Undid the import of “${fileName}”`)
      },

      setNightLinks: async (importId, registrationIds, linked) => {
        const changed = await call('attendees:set-night-links', {
          importId,
          registrationIds,
          linked,
        })
        apply(changed)
        return changed.changed
      },

      mergePeople: async (survivorId, absorbedId) => {
        const merged = await call('attendees:merge', { survivorId, absorbedId })
        apply(merged)
        let mergeId = merged.mergeId
        const name = get().people.find((person) => person.id === survivorId)?.name ?? 'them'
        get().recordUndo({
          label: `Merged into ${name}`,
          undo: async () => apply(await call('attendees:unmerge', { mergeId })),
          redo: async () => {
            const again = await call('attendees:merge', { survivorId, absorbedId })
            apply(again)
            mergeId = again.mergeId
          },
        })
      },

      unmergePeople: async (mergeId) => {
        const record = get().merges.find((candidate) => candidate.id === mergeId)
        apply(await call('attendees:unmerge', { mergeId }))
        get().showToast(
          record
            ? `Separated “${record.survivorBefore.name}” and “${record.absorbed.name}” again`
            : 'Unmerged',
        )
      },

      dismissSuggestion: async (suggestionId) => {
        apply(await call('attendees:dismiss-suggestion', { suggestionId }))
        get().recordUndo({
          label: 'Marked as different people',
          undo: async () => apply(await call('attendees:reopen-suggestion', { suggestionId })),
          redo: async () => apply(await call('attendees:dismiss-suggestion', { suggestionId })),
        })
      },

      setPersonNotes: async (personId, notes) => {
        apply(await call('attendees:set-notes', { personId, notes }))
      },

      deletePerson: async (personId) => {
        const deleted = await call('attendees:delete-person', { personId })
        apply(deleted)
        set({ board: deleted.board.board, ...deleted.journal })
        return deleted.registrationsRemoved
      },
    }
  }

/**
 * The attendees feature's actions: committing an import, undoing it, and the people operations.
 * Every change goes through main; the files main saved are in the store by the time `call`
 * resolves (the client applies every reply's `changes`), so the screen always shows what is on
 * disk and these actions only read the extras: a report, an id, a count.
 */
import type { ImportRequest } from '../../../../shared/ipc/channels/attendees'
import type { ImportReport } from '../../../../shared/identity/apply-import'
import type { SliceCreator } from '../../app/store-types'
import { countOf } from '../../../../shared/util/format-number'

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
  /**
   * Saves the import. Main's undo takes it back as one step, with the night when it was created
   * for this import.
   */
  commitImport: (request: ImportRequest) => Promise<ImportReport>
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
    const commit = async (request: ImportRequest): Promise<ImportReport> =>
      (await call('attendees:import', request)).report

    return {
      importLaunch: null,
      openImport: (launch = {}) =>
        set({ importLaunch: { eventId: launch.eventId ?? null, file: launch.file ?? null } }),
      closeImport: () => set({ importLaunch: null }),

      commitImport: async (request) => {
        const report = await commit(request)
        // People, as the Import button counted them; the rows too when they differ.
        const people = report.peopleCreated + report.peopleMatched
        const rows =
          people === report.rowsImported ? '' : ` (${countOf(report.rowsImported, 'row')})`
        get().showToast(
          `Imported ${countOf(people, 'person', 'people')}${rows} from “${request.fileName}”`,
          { undoable: true },
        )
        return report
      },

      undoImport: async (importId, fileName) => {
        // A night the import created goes with it; the store left its page as the files came in.
        await call('attendees:undo-import', { importId })
        get().showToast(`Undid the import of “${fileName}”`, { undoable: true })
      },

      setNightLinks: async (importId, registrationIds, linked) => {
        const { changed } = await call('attendees:set-night-links', {
          importId,
          registrationIds,
          linked,
        })
        return changed
      },

      mergePeople: async (survivorId, absorbedId) => {
        await call('attendees:merge', { survivorId, absorbedId })
        const name = get().people.find((person) => person.id === survivorId)?.name ?? 'them'
        get().showToast(`Merged into ${name}`, { undoable: true })
      },

      unmergePeople: async (mergeId) => {
        const record = get().merges.find((candidate) => candidate.id === mergeId)
        await call('attendees:unmerge', { mergeId })
        get().showToast(
          record
            ? `Separated “${record.survivorBefore.name}” and “${record.absorbed.name}” again`
            : 'Unmerged',
          { undoable: true },
        )
      },

      dismissSuggestion: async (suggestionId) => {
        await call('attendees:dismiss-suggestion', { suggestionId })
        get().showToast('Marked as different people', { undoable: true })
      },

      setPersonNotes: async (personId, notes) => {
        await call('attendees:set-notes', { personId, notes })
      },

      deletePerson: async (personId) => {
        const { registrationsRemoved } = await call('attendees:delete-person', { personId })
        return registrationsRemoved
      },
    }
  }

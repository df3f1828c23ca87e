/**
 * The community pulse (DESIGN.md §1.11): importing a chat export, the organizer's answers about
 * authors, a night observed, and the pulse main computes from the messages. The chat file's small
 * collections live in the workspace snapshot; the pulse is fetched, never derived here, because
 * the messages stay in main.
 */
import type { ChatImportReport } from '../../../../shared/chat/apply-chat-import'
import type { ChatChange, ChatPulse } from '../../../../shared/ipc/channels/chat'
import type { RequestOf } from '../../../../shared/ipc/contract'
import type { SliceCreator } from '../../app/store-types'

export interface PulseSlice {
  /** Null until a screen asked for it; replaced after every chat change. */
  pulse: ChatPulse | null
  loadPulse: () => Promise<void>
  /** Whether the chat import dialog is open. */
  isChatImportOpen: boolean
  /** A file dropped on the window that is a chat export, read as the dialog opens. */
  chatImportFile: File | null
  openChatImport: (isOpen: boolean, file?: File) => void
  /** Saves the chosen chat's messages; rejects with main's reason. */
  importChat: (request: RequestOf<'chat:import'>) => Promise<ChatImportReport>
  undoChatImport: (importId: string) => Promise<void>
  decideAuthor: (decision: RequestOf<'chat:decide-author'>) => Promise<void>
  observeNight: (eventId: string, chatId: string) => Promise<void>
}

export const createPulseSlice: SliceCreator<PulseSlice> =
  ({ call }) =>
  (set, get) => {
    // The screens showing the pulse ask for it again when the chat collections change (use-pulse).
    const apply = async (change: ChatChange): Promise<void> => {
      set({ ...change.chat })
    }
    const guarded = async (run: () => Promise<void>): Promise<void> => {
      try {
        await run()
      } catch (error) {
        get().showToast((error as Error).message, { tone: 'error' })
      }
    }
    return {
      pulse: null,
      loadPulse: async () => {
        set({ pulse: await call('chat:pulse', undefined) })
      },
      isChatImportOpen: false,
      chatImportFile: null,
      openChatImport: (isOpen, file) =>
        set({ isChatImportOpen: isOpen, chatImportFile: file ?? null }),
      importChat: async (request) => {
        const change = await call('chat:import', request)
        await apply(change)
        return change.report
      },
      undoChatImport: (importId) =>
        guarded(async () => {
          const change = await call('chat:undo-import', { importId })
          await apply(change)
          get().showToast(change.outcome)
        }),
      decideAuthor: (decision) =>
        guarded(async () => {
          await apply(await call('chat:decide-author', decision))
        }),
      observeNight: (eventId, chatId) =>
        guarded(async () => {
          const change = await call('chat:observe-night', { eventId, chatId, note: '' })
          await apply(change)
          get().showToast(change.outcome, { undoable: true })
        }),
    }
  }

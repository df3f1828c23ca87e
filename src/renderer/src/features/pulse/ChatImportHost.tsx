import { useAppStore } from '../../app/store-context'
import { ChatImportDialog } from './ChatImportDialog'

/** The chat import dialog, opened from the Metrics screen, an event's page or the menu. */
export function ChatImportHost() {
  const isOpen = useAppStore((state) => state.isChatImportOpen)
  const openChatImport = useAppStore((state) => state.openChatImport)
  return isOpen ? <ChatImportDialog onClose={() => openChatImport(false)} /> : null
}

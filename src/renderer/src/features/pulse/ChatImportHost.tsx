import { useAppStore } from '../../app/store-context'
import { ChatImportDialog } from './ChatImportDialog'

/** The chat import dialog, opened from the Metrics screen, an event's page, the menu or a drop. */
export function ChatImportHost() {
  const isOpen = useAppStore((state) => state.isChatImportOpen)
  const file = useAppStore((state) => state.chatImportFile)
  const openChatImport = useAppStore((state) => state.openChatImport)
  return isOpen ? <ChatImportDialog file={file} onClose={() => openChatImport(false)} /> : null
}

import { useEffect, useState } from 'react'
import { isChatExport } from '../../../../../shared/chat/read-chat-export'
import { useAppStore } from '../../../app/store-context'

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false

/**
 * A file dropped anywhere on the window starts an import. Every file drag is also kept from its
 * default, which in a browser window would navigate away to the file.
 */
export function WindowDropTarget() {
  const openImport = useAppStore((state) => state.openImport)
  const openChatImport = useAppStore((state) => state.openChatImport)
  const isImportOpen = useAppStore((state) => state.importLaunch !== null || state.isChatImportOpen)
  const [isOver, setIsOver] = useState(false)

  useEffect(() => {
    let depth = 0
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      depth += 1
      setIsOver(true)
    }
    const onLeave = () => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setIsOver(false)
    }
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault()
    }
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth = 0
      setIsOver(false)
      const file = event.dataTransfer?.files[0]
      if (!file || isImportOpen) return
      // A group chat's export (a WhatsApp text or zip, a Telegram or Discord JSON…) goes to the
      // chat import; anything else is an attendee list, whose import explains what it cannot read.
      void file
        .slice(0, 8192)
        .arrayBuffer()
        .then((head) => {
          if (isChatExport(new Uint8Array(head), file.name)) openChatImport(true, file)
          else openImport({ file })
        })
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('dragover', onOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [openImport, openChatImport, isImportOpen])

  if (!isOver || isImportOpen) return null
  return (
    <div className="window-drop" aria-hidden>
      Drop to import attendees or a group chat
    </div>
  )
}

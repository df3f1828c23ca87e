import { useEffect, useState } from 'react'
import { useAppStore } from '../../../app/store-context'

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false

/**
 * A file dropped anywhere on the window starts an import. Every file drag is also kept from its
 * default, which in a browser window would navigate away to the file.
 */
export function WindowDropTarget() {
  const openImport = useAppStore((state) => state.openImport)
  const isImportOpen = useAppStore((state) => state.importLaunch !== null)
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
      if (file && !isImportOpen) openImport({ file })
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
  }, [openImport, isImportOpen])

  if (!isOver || isImportOpen) return null
  return (
    <div className="window-drop" aria-hidden>
      Drop to import attendees
    </div>
  )
}

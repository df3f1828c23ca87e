import { useRef, useState, type ReactNode } from 'react'

/**
 * A drop zone with a "Choose a file…" button, for the import dialogs (attendee exports, chat
 * exports): one look and one keyboard path for bringing a file in.
 */
export function FileDropZone({
  title,
  hint,
  accept,
  inputLabel,
  onFile,
}: {
  title: string
  hint: ReactNode
  /** The file picker's filter, e.g. ".csv,.tsv". */
  accept: string
  /** The hidden input's name for assistive technology and tests. */
  inputLabel: string
  onFile: (file: File) => void
}) {
  const input = useRef<HTMLInputElement>(null)
  const [isOver, setIsOver] = useState(false)
  return (
    <div
      className="drop-zone"
      data-over={isOver || undefined}
      onDragOver={(event) => {
        event.preventDefault()
        setIsOver(true)
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        event.stopPropagation()
        setIsOver(false)
        const file = event.dataTransfer.files[0]
        if (file) onFile(file)
      }}
    >
      <p className="drop-zone-title">{title}</p>
      <p className="muted small">{hint}</p>
      <button type="button" className="btn btn-primary" onClick={() => input.current?.click()}>
        Choose a file…
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={inputLabel}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared, so choosing the same file again (after fixing it) reads it again.
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
    </div>
  )
}

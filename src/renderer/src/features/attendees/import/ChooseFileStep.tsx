import { useRef, useState } from 'react'
import { attendeePlatformsInWords } from '../../../../../shared/import/platforms/registry'

/** A drop zone and a file picker; the window-wide drop lands in the same place. */
export function ChooseFileStep({ onFile }: { onFile: (file: File) => void }) {
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
      <p className="drop-zone-title">Drop an attendee export here</p>
      <p className="muted small">
        CSV or TSV from {attendeePlatformsInWords('and')}, or any spreadsheet with a name or e-mail
        column.
      </p>
      <button type="button" className="btn btn-primary" onClick={() => input.current?.click()}>
        Choose a file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        className="visually-hidden"
        aria-label="Attendee export file"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) onFile(file)
        }}
      />
    </div>
  )
}

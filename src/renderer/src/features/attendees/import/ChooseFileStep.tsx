import { attendeePlatformsInWords } from '../../../../../shared/import/platforms/registry'
import { FileDropZone } from '../../../components/FileDropZone'

/** A drop zone and a file picker; the window-wide drop lands in the same place. */
export function ChooseFileStep({ onFile }: { onFile: (file: File) => void }) {
  return (
    <FileDropZone
      title="Drop an attendee export here"
      hint={`CSV or TSV from ${attendeePlatformsInWords('and')}, or any spreadsheet with a name or e-mail column.`}
      accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
      inputLabel="Attendee export file"
      onFile={onFile}
    />
  )
}

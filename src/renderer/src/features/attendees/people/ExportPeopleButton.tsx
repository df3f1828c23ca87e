import { formatCount } from '../../../../../shared/util/format-number'
import { useAppStore } from '../../../app/store-context'
import { downloadPeopleCsv } from './export-people'

/** Saves everyone as a CSV that opens safely in Excel or Sheets. */
export function ExportPeopleButton() {
  const people = useAppStore((state) => state.people)
  const registrations = useAppStore((state) => state.registrations)
  const events = useAppStore((state) => state.events)
  const showToast = useAppStore((state) => state.showToast)
  const exportCsv = () => {
    try {
      const fileName = downloadPeopleCsv(people, registrations, events, new Date())
      const count = formatCount(people.length)
      showToast(`Exported ${count} ${people.length === 1 ? 'person' : 'people'} to ${fileName}`)
    } catch (error) {
      showToast(`Could not export the people list: ${(error as Error).message}`, {
        tone: 'error',
      })
    }
  }
  return (
    <button type="button" className="btn" onClick={exportCsv}>
      Export CSV
    </button>
  )
}

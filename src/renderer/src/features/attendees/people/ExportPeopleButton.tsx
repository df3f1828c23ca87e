import { countOf } from '../../../../../shared/util/format-number'
import { useAppStore, useAppStoreApi } from '../../../app/store-context'
import { downloadPeopleCsv } from './export-people'

/**
 * Saves everyone as a CSV that opens safely in Excel or Sheets. Reads the workspace when clicked,
 * so the button does not re-render on every change to people or registrations.
 */
export function ExportPeopleButton() {
  const store = useAppStoreApi()
  const showToast = useAppStore((state) => state.showToast)
  const exportCsv = () => {
    const { people, registrations, events } = store.getState()
    try {
      const fileName = downloadPeopleCsv(people, registrations, events, new Date())
      showToast(`Exported ${countOf(people.length, 'person', 'people')} to ${fileName}`)
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

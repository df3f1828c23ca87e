import { useAppStore } from '../../../app/store-context'
import { ImportDialog } from './ImportDialog'

/** Mounts the import dialog while an import is open; a fresh dialog (and worker) per import. */
export function ImportDialogHost() {
  const launch = useAppStore((state) => state.importLaunch)
  const closeImport = useAppStore((state) => state.closeImport)
  if (launch === null) return null
  return <ImportDialog launch={launch} onClose={closeImport} />
}

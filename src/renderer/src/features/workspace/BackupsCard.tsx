import { useEffect, useState } from 'react'
import type { BackupSummary } from '../../../../shared/ipc/channels/workspace'
import { useAppStore } from '../../app/store-context'
import { ConfirmDialog } from '../../components/ConfirmDialog'

/** Why a backup was taken, in the words of the person who did not take it themselves. */
const LABELS: Record<string, string> = {
  '': 'Every 10 minutes',
  start: 'When the app started',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-migration': 'Before a format update',
  'after-deletion': 'After deleting a person',
}

const END = { textAlign: 'right' } as const

// With seconds: a restore and the start backup before it are often minutes apart at most.
const takenAt = (backup: BackupSummary): string =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(backup.createdAt),
  )

const size = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`

/**
 * Keeping the workspace safe from Settings: export it to one file (to move to another computer or
 * keep a copy elsewhere), import such a file, and restore one of the automatic backups. Both
 * replacements ask first, and main backs up the current workspace before either.
 */
export function BackupsCard() {
  const backups = useAppStore((state) => state.backups)
  const loadBackups = useAppStore((state) => state.loadBackups)
  const restoreBackup = useAppStore((state) => state.restoreBackup)
  const exportWorkspace = useAppStore((state) => state.exportWorkspace)
  const importWorkspace = useAppStore((state) => state.importWorkspace)
  const isImportAsked = useAppStore((state) => state.isWorkspaceImportAsked)
  const askImport = useAppStore((state) => state.askWorkspaceImport)
  const showToast = useAppStore((state) => state.showToast)
  const [toRestore, setToRestore] = useState<BackupSummary | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  useEffect(() => {
    loadBackups().catch((failure: Error) => setError(failure.message))
  }, [loadBackups])

  /** Runs one action at a time; a refusal from main stays on the card until the next action. */
  const run = async (action: () => Promise<void>) => {
    setIsBusy(true)
    setError(null)
    try {
      await action()
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setIsBusy(false)
    }
  }

  const importFile = () => {
    askImport(false)
    return run(importWorkspace)
  }
  const restore = (backup: BackupSummary) => {
    setToRestore(null)
    return run(async () => {
      await restoreBackup(backup.name)
      showToast(`Restored the backup of ${takenAt(backup)}. The previous state is in the backups.`)
    })
  }

  return (
    <section className="card card-body stack" aria-label="Backups">
      <div className="row-between">
        <h2>Backups</h2>
        <div className="row">
          <button
            type="button"
            className="btn"
            disabled={isBusy}
            onClick={() => void run(exportWorkspace)}
          >
            Export workspace…
          </button>
          <button type="button" className="btn" disabled={isBusy} onClick={() => askImport(true)}>
            Import workspace…
          </button>
        </div>
      </div>
      <p className="small muted">
        Taken at every start and every 10 minutes while you work, when something changed; the newest
        10 of these are kept. Restoring one, importing a workspace file or updating to a new format
        first backs up the workspace as it is, and the last 3 of each are kept apart from the
        others, so you can come back. Deleting a person at their request removes every older backup,
        so that no copy of them stays. A workspace file holds everything: use it to move to another
        computer or to keep a copy elsewhere.
      </p>
      {error && (
        <div className="callout callout-error" role="alert">
          {error}
        </div>
      )}
      {backups !== null && backups.length === 0 && (
        <p className="small muted">No backups yet: the first is taken at the next start.</p>
      )}
      {backups !== null && backups.length > 0 && (
        <table className="table" aria-label="Automatic backups">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col" style={END}>
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.name} data-testid="backup-row">
                <td className="tabular">{takenAt(backup)}</td>
                <td>{LABELS[backup.label] ?? backup.label}</td>
                <td className="tabular" style={END}>
                  {size(backup.sizeBytes)}
                </td>
                <td style={END}>
                  <button
                    type="button"
                    className="btn btn-sm"
                    disabled={isBusy}
                    aria-label={`Restore the backup of ${takenAt(backup)}`}
                    onClick={() => setToRestore(backup)}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={toRestore !== null}
        title="Restore this backup?"
        message={
          toRestore
            ? `The workspace goes back to how it was on ${takenAt(toRestore)}; changes made since ` +
              'then are undone. The workspace as it is now is backed up first, so you can come ' +
              'back to it from this list.'
            : ''
        }
        confirmLabel="Restore backup"
        onConfirm={() => toRestore && void restore(toRestore)}
        onCancel={() => setToRestore(null)}
      />
      <ConfirmDialog
        open={isImportAsked}
        title="Import a workspace file?"
        message={
          'The file you choose next replaces this whole workspace: events, people, pipeline, ' +
          'retros and settings. The workspace as it is now is backed up first, so you can come ' +
          'back to it from this list.'
        }
        confirmLabel="Choose a file…"
        tone="primary"
        onConfirm={() => void importFile()}
        onCancel={() => askImport(false)}
      />
    </section>
  )
}

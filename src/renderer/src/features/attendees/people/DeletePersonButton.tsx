import { useState } from 'react'
import type { Person } from '../../../../../shared/domain/schemas'
import { useAppStore } from '../../../app/store-context'
import { ConfirmDialog } from '../../../components/ConfirmDialog'

/**
 * Deleting a person at their request (DESIGN.md §1.3). Unlike every other change it cannot be
 * undone, by design: keeping a copy for undo would keep the data they asked to have removed.
 */
export function DeletePersonButton({
  person,
  registrationCount,
}: {
  person: Person
  registrationCount: number
}) {
  const deletePerson = useAppStore((state) => state.deletePerson)
  const navigate = useAppStore((state) => state.navigate)
  const showToast = useAppStore((state) => state.showToast)
  const [isConfirming, setIsConfirming] = useState(false)
  const name = person.name.trim() || 'this person'
  const registrationsText = `${registrationCount} ${registrationCount === 1 ? 'registration' : 'registrations'}`

  const confirm = async () => {
    setIsConfirming(false)
    try {
      const removed = await deletePerson(person.id)
      navigate({ name: 'people' })
      showToast(
        `Deleted ${name} and ${removed} ${removed === 1 ? 'registration' : 'registrations'}. ` +
          'Future imports will skip them.',
      )
    } catch (error) {
      showToast(`Could not delete ${name}: ${(error as Error).message}`, { tone: 'error' })
    }
  }

  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => setIsConfirming(true)}>
        Delete person…
      </button>
      <ConfirmDialog
        open={isConfirming}
        title={`Delete ${name === 'this person' ? name : `“${name}”`}?`}
        message={
          `This removes ${name}, their notes and their ${registrationsText} from every event. ` +
          'It is permanent: it cannot be undone. Only a one-way fingerprint of their e-mails and ' +
          'platform ids stays, so that future imports skip them instead of bringing them back. ' +
          'Older backups, which hold a copy, are replaced by a fresh one without them.'
        }
        confirmLabel="Delete permanently"
        onCancel={() => setIsConfirming(false)}
        onConfirm={() => void confirm()}
      />
    </>
  )
}

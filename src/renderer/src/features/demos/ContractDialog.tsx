import { useState } from 'react'
import { demoContractSchema, type Event } from '../../../../shared/domain/schemas'
import { useAppStore } from '../../app/store-context'
import { DemoContractFields, type ContractFieldValues } from '../../components/DemoContractFields'
import { FormDialog } from '../../components/FormDialog'

/** The event's demo-slot contract: slots, minutes, expectations, the WIP flag and the target X. */
export function ContractDialog({ event, onClose }: { event: Event; onClose: () => void }) {
  const setDemoContract = useAppStore((state) => state.setDemoContract)
  const contract = event.demoContract
  const [values, setValues] = useState<ContractFieldValues>({
    slotCount: String(contract.slotCount),
    minutesPerDemo: String(contract.minutesPerDemo),
    demoTarget: String(contract.demoTarget),
    expectations: contract.expectations,
  })
  const [isWipWelcome, setIsWipWelcome] = useState(contract.isWipWelcome)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    const parsed = demoContractSchema.safeParse({
      slotCount: Number(values.slotCount),
      minutesPerDemo: Number(values.minutesPerDemo),
      demoTarget: Number(values.demoTarget),
      expectations: values.expectations,
      isWipWelcome,
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      setError(`${fieldLabel(String(issue?.path[0] ?? ''))}: ${issue?.message ?? 'invalid'}`)
      return false
    }
    if (parsed.data.demoTarget > parsed.data.slotCount) {
      setError('The demo target cannot be more than the number of slots.')
      return false
    }
    setError(null)
    await setDemoContract(event.id, parsed.data)
  }

  return (
    <FormDialog
      title="Demo slots"
      description="Slots are inventory, not a sign-up sheet: confirmed demos never exceed them."
      submitLabel="Save"
      layout="form-grid"
      onClose={onClose}
      onSubmit={save}
    >
      {error && (
        <div className="callout callout-error span-2" role="alert">
          {error}
        </div>
      )}
      <DemoContractFields
        values={values}
        onChange={(field, value) => setValues({ ...values, [field]: value })}
      />
      <label className="check-row span-2">
        <input
          type="checkbox"
          checked={isWipWelcome}
          onChange={(input) => setIsWipWelcome(input.target.checked)}
        />
        Work in progress welcome (said in every presenter brief)
      </label>
    </FormDialog>
  )
}

function fieldLabel(path: string): string {
  const labels: Record<string, string> = {
    slotCount: 'Slots',
    minutesPerDemo: 'Minutes per demo',
    demoTarget: 'Demos needed',
    expectations: 'Expectations',
  }
  return labels[path] ?? 'Contract'
}

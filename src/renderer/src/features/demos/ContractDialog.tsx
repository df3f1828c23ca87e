import { useState, type FormEvent } from 'react'
import { demoContractSchema, type Event } from '../../../../shared/domain/schemas'
import { useAppStore } from '../../app/store-context'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'

/** The event's demo-slot contract: slots, minutes, expectations, the WIP flag and the target X. */
export function ContractDialog({ event, onClose }: { event: Event; onClose: () => void }) {
  const setDemoContract = useAppStore((state) => state.setDemoContract)
  const contract = event.demoContract
  const [slotCount, setSlotCount] = useState(String(contract.slotCount))
  const [minutes, setMinutes] = useState(String(contract.minutesPerDemo))
  const [target, setTarget] = useState(String(contract.demoTarget))
  const [expectations, setExpectations] = useState(contract.expectations)
  const [isWipWelcome, setIsWipWelcome] = useState(contract.isWipWelcome)
  const [error, setError] = useState<string | null>(null)
  const [isSaving, setIsSaving] = useState(false)

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault()
    const parsed = demoContractSchema.safeParse({
      slotCount: Number(slotCount),
      minutesPerDemo: Number(minutes),
      demoTarget: Number(target),
      expectations,
      isWipWelcome,
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      setError(`${fieldLabel(String(issue?.path[0] ?? ''))}: ${issue?.message ?? 'invalid'}`)
      return
    }
    if (parsed.data.demoTarget > parsed.data.slotCount) {
      setError('The demo target cannot be more than the number of slots.')
      return
    }
    setIsSaving(true)
    try {
      await setDemoContract(event.id, parsed.data)
      onClose()
    } catch (failure) {
      setError((failure as Error).message)
      setIsSaving(false)
    }
  }

  return (
    <Dialog
      open
      title="Demo slots"
      description="Slots are inventory, not a sign-up sheet: confirmed demos never exceed them."
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form="contract-form"
            className="btn btn-primary"
            disabled={isSaving}
          >
            Save
          </button>
        </>
      }
    >
      <form
        id="contract-form"
        className="form-grid"
        onSubmit={(formEvent) => void submit(formEvent)}
      >
        {error && (
          <div className="callout callout-error span-2" role="alert">
            {error}
          </div>
        )}
        <Field label="Slots">
          <input
            className="input"
            type="number"
            min={0}
            max={50}
            value={slotCount}
            onChange={(input) => setSlotCount(input.target.value)}
          />
        </Field>
        <Field label="Minutes per demo">
          <input
            className="input"
            type="number"
            min={1}
            max={120}
            value={minutes}
            onChange={(input) => setMinutes(input.target.value)}
          />
        </Field>
        <Field
          label="Confirmed demos needed to announce"
          hint="The announce gate opens at this many."
          className="span-2"
        >
          <input
            className="input"
            type="number"
            min={0}
            max={50}
            value={target}
            onChange={(input) => setTarget(input.target.value)}
          />
        </Field>
        <Field label="Expectations shown to presenters" className="span-2">
          <textarea
            className="textarea"
            rows={4}
            value={expectations}
            onChange={(input) => setExpectations(input.target.value)}
          />
        </Field>
        <label className="check-row span-2">
          <input
            type="checkbox"
            checked={isWipWelcome}
            onChange={(input) => setIsWipWelcome(input.target.checked)}
          />
          Work in progress welcome (said in every presenter brief)
        </label>
      </form>
    </Dialog>
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

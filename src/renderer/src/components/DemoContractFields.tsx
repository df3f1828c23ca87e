import { demoContractSchema } from '../../../shared/domain/schemas'
import { Field } from './Field'

/** The contract's fields as typed: numbers stay text until the form is saved and parsed. */
export interface ContractFieldValues {
  slotCount: string
  minutesPerDemo: string
  demoTarget: string
  expectations: string
}

// The bounds the inputs offer are the schema's, so a field never allows what saving refuses.
const bounds = demoContractSchema.shape
const range = (field: 'slotCount' | 'minutesPerDemo' | 'demoTarget') => ({
  min: bounds[field].minValue ?? undefined,
  max: bounds[field].maxValue ?? undefined,
})

/**
 * The demo-slot contract's fields (DESIGN.md §1.2), for one event's contract and for the defaults
 * new events start from. Sits inside a `form-grid`.
 */
export function DemoContractFields({
  values,
  onChange,
  expectationRows = 4,
}: {
  values: ContractFieldValues
  onChange: (field: keyof ContractFieldValues, value: string) => void
  expectationRows?: number
}) {
  return (
    <>
      <Field label="Slots">
        <input
          className="input"
          type="number"
          {...range('slotCount')}
          value={values.slotCount}
          onChange={(input) => onChange('slotCount', input.target.value)}
        />
      </Field>
      <Field label="Minutes per demo">
        <input
          className="input"
          type="number"
          {...range('minutesPerDemo')}
          value={values.minutesPerDemo}
          onChange={(input) => onChange('minutesPerDemo', input.target.value)}
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
          {...range('demoTarget')}
          value={values.demoTarget}
          onChange={(input) => onChange('demoTarget', input.target.value)}
        />
      </Field>
      <Field label="Expectations shown to presenters" className="span-2">
        <textarea
          className="textarea"
          rows={expectationRows}
          maxLength={bounds.expectations.maxLength ?? undefined}
          value={values.expectations}
          onChange={(input) => onChange('expectations', input.target.value)}
        />
      </Field>
    </>
  )
}

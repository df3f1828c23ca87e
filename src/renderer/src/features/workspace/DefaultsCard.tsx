import { useMemo, useState, type FormEvent } from 'react'
import { editableSettingsSchema } from '../../../../shared/ipc/channels/workspace'
import { timeZoneOptions } from '../../../../shared/events/time-zones'
import { useAppStore } from '../../app/store-context'
import { DemoContractFields, type ContractFieldValues } from '../../components/DemoContractFields'
import { Field } from '../../components/Field'

const MAX_CHECKS = 5

/** Which default each contract field sets. */
const DEFAULT_OF = {
  slotCount: 'defaultSlotCount',
  minutesPerDemo: 'defaultMinutesPerDemo',
  demoTarget: 'defaultDemoTarget',
  expectations: 'defaultExpectations',
} as const satisfies Record<keyof ContractFieldValues, string>

/**
 * What new events start from (slots, minutes, the announce target, presenter expectations), the
 * screening checks, and the follow-up minimum. Existing events keep their own contract.
 */
export function DefaultsCard() {
  const settings = useAppStore((state) => state.settings)
  const updateSettings = useAppStore((state) => state.updateSettings)
  const showToast = useAppStore((state) => state.showToast)
  const [values, setValues] = useState(() => ({
    defaultTimeZone: settings.defaultTimeZone,
    defaultSlotCount: String(settings.defaultSlotCount),
    defaultMinutesPerDemo: String(settings.defaultMinutesPerDemo),
    defaultDemoTarget: String(settings.defaultDemoTarget),
    defaultExpectations: settings.defaultExpectations,
    followUpMinimum: String(settings.followUpMinimum),
    screeningCriteria: settings.screeningCriteria,
  }))
  const timeZones = useMemo(() => timeZoneOptions(values.defaultTimeZone), [values.defaultTimeZone])
  const [error, setError] = useState<string | null>(null)
  const set = (key: keyof typeof values) => (input: { target: { value: string } }) =>
    setValues({ ...values, [key]: input.target.value })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (values.screeningCriteria.some((criterion) => criterion.label.trim() === '')) {
      setError('Give every screening check a label, or remove it.')
      return
    }
    const parsed = editableSettingsSchema.safeParse({
      ...values,
      defaultSlotCount: Number(values.defaultSlotCount),
      defaultMinutesPerDemo: Number(values.defaultMinutesPerDemo),
      defaultDemoTarget: Number(values.defaultDemoTarget),
      followUpMinimum: Number(values.followUpMinimum),
    })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      setError(issue?.message ?? 'Check the values')
      return
    }
    try {
      await updateSettings(parsed.data)
      setError(null)
      showToast('Settings saved')
    } catch (failure) {
      setError((failure as Error).message)
    }
  }

  const criteria = values.screeningCriteria
  return (
    <section className="card card-body stack" aria-label="Defaults">
      <h2>Mechanisms and defaults</h2>
      <p className="small muted">New events start from these; each event can change its own.</p>
      <form className="form-grid" onSubmit={(event) => void submit(event)}>
        {error && (
          <div className="callout callout-error span-2" role="alert">
            {error}
          </div>
        )}
        <Field label="Default time zone">
          <select
            className="select"
            value={values.defaultTimeZone}
            onChange={set('defaultTimeZone')}
          >
            {timeZones.map((zone) => (
              <option key={zone.value} value={zone.value}>
                {zone.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Follow-ups before the next announce" hint="Personal follow-ups per event.">
          <input
            className="input"
            type="number"
            min={1}
            max={100}
            value={values.followUpMinimum}
            onChange={set('followUpMinimum')}
          />
        </Field>
        <DemoContractFields
          values={{
            slotCount: values.defaultSlotCount,
            minutesPerDemo: values.defaultMinutesPerDemo,
            demoTarget: values.defaultDemoTarget,
            expectations: values.defaultExpectations,
          }}
          onChange={(field, value) => setValues({ ...values, [DEFAULT_OF[field]]: value })}
          expectationRows={3}
        />
        <fieldset className="span-2 stack screening-settings">
          <legend className="field-label">Screening checks (yes/no; keep it to 2–3)</legend>
          {criteria.map((criterion, index) => (
            <div key={criterion.id} className="row">
              <input
                className="input"
                aria-label={`Screening check ${index + 1}`}
                value={criterion.label}
                onChange={(input) =>
                  setValues({
                    ...values,
                    screeningCriteria: criteria.map((entry) =>
                      entry.id === criterion.id ? { ...entry, label: input.target.value } : entry,
                    ),
                  })
                }
              />
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                disabled={criteria.length <= 1}
                onClick={() =>
                  setValues({
                    ...values,
                    screeningCriteria: criteria.filter((entry) => entry.id !== criterion.id),
                  })
                }
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            className="link-button small"
            disabled={criteria.length >= MAX_CHECKS}
            onClick={() =>
              setValues({
                ...values,
                screeningCriteria: [
                  ...criteria,
                  { id: `check-${globalThis.crypto.randomUUID()}`, label: '' },
                ],
              })
            }
          >
            Add a check
          </button>
        </fieldset>
        <div className="span-2 row" style={{ justifyContent: 'flex-end' }}>
          <button type="submit" className="btn btn-primary">
            Save settings
          </button>
        </div>
      </form>
    </section>
  )
}

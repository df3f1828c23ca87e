import { useState } from 'react'
import { useAppStore } from '../../app/store-context'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'

/** Logging a friction seen at a night, heard in person, or read in a community channel. */
export function LogFrictionDialog({ onClose }: { onClose: () => void }) {
  const logFriction = useAppStore((state) => state.logFriction)
  const [text, setText] = useState('')
  const [source, setSource] = useState<'manual' | 'channel'>('manual')
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    if (text.trim() === '') {
      setError('Describe the friction in a few words.')
      return false
    }
    await logFriction({ text, source, sourceId: null })
  }

  return (
    <FormDialog
      title="Log friction"
      description="Anything that got in a builder’s way. Log it as it was seen; cluster it later."
      submitLabel="Log friction"
      onClose={onClose}
      onSubmit={save}
    >
      <Field label="What got in the way?" error={error ?? undefined}>
        <textarea
          className="textarea"
          rows={3}
          maxLength={2000}
          autoFocus
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setError(null)
          }}
        />
      </Field>
      <Field label="Where was it seen?">
        <select
          className="select"
          value={source}
          onChange={(event) => setSource(event.target.value as 'manual' | 'channel')}
        >
          <option value="manual">At a night, or told in person</option>
          <option value="channel">In a community channel (Discord, Slack, forum)</option>
        </select>
      </Field>
    </FormDialog>
  )
}

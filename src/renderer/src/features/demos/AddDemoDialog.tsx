import { useState } from 'react'
import { useAppStore } from '../../app/store-context'
import { Field } from '../../components/Field'
import { FormDialog } from '../../components/FormDialog'
import type { PresenterInput } from './demos-slice'
import { PresenterPicker } from './PresenterPicker'

/** A demo proposal: who, what, a one-line pitch and links. It starts as `proposed`. */
export function AddDemoDialog({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const addDemo = useAppStore((state) => state.addDemo)
  const [presenter, setPresenter] = useState<PresenterInput | null>(null)
  const [title, setTitle] = useState('')
  const [pitch, setPitch] = useState('')
  const [links, setLinks] = useState('')
  const [errors, setErrors] = useState<{ presenter?: string; title?: string }>({})

  const save = async () => {
    const next: typeof errors = {}
    if (presenter === null) next.presenter = 'Choose who presents, or add someone new'
    else if (
      presenter.kind === 'new' &&
      presenter.name.trim() === '' &&
      presenter.email.trim() === ''
    )
      next.presenter = 'Give the new presenter a name or an e-mail'
    if (title.trim() === '') next.title = 'Give the demo a title'
    setErrors(next)
    if (presenter === null || Object.keys(next).length > 0) return false
    await addDemo(eventId, presenter, {
      title: title.trim(),
      pitch: pitch.trim(),
      links: links
        .split(/\s+/)
        .map((link) => link.trim())
        .filter(Boolean),
    })
  }

  return (
    <FormDialog
      title="Add a demo"
      description="It starts as proposed; screening and confirming give it a slot."
      submitLabel="Add demo"
      onClose={onClose}
      onSubmit={save}
    >
      <PresenterPicker value={presenter} onChange={setPresenter} error={errors.presenter} />
      <Field label="Demo title" error={errors.title}>
        <input className="input" value={title} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      <Field label="One-line pitch" hint="What the audience will see working.">
        <input className="input" value={pitch} onChange={(event) => setPitch(event.target.value)} />
      </Field>
      <Field label="Links" hint="Repo, video or site; separate several with spaces.">
        <input className="input" value={links} onChange={(event) => setLinks(event.target.value)} />
      </Field>
    </FormDialog>
  )
}

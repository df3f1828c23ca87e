import { useState } from 'react'
import type { Friction, FrictionCluster } from '../../../../shared/domain/review-schemas'
import { SEVERITY_LABELS, STRATEGIC_FIT_LABELS } from '../../../../shared/devrel/priority-score'
import { useAppStore } from '../../app/store-context'
import { FormDialog } from '../../components/FormDialog'
import { Field } from '../../components/Field'
import { ScoreFormula } from './ScoreFormula'
import { ScoreScale } from './ScoreScale'

interface ClusterDialogProps {
  /** The cluster being edited; absent for a new one. */
  cluster?: FrictionCluster
  /** Frictions a new cluster can take: the observed ones. */
  observed: readonly Friction[]
  /** How many frictions the edited cluster holds, for its score preview. */
  frequency: number
  onClose: () => void
}

/**
 * Naming the underlying problem and scoring it: severity and strategic fit 1–3, frequency counted
 * from the frictions under it. A new cluster picks its frictions from the observed ones.
 */
export function ClusterDialog({ cluster, observed, frequency, onClose }: ClusterDialogProps) {
  const createCluster = useAppStore((state) => state.createCluster)
  const updateCluster = useAppStore((state) => state.updateCluster)
  const removeCluster = useAppStore((state) => state.removeCluster)
  const [problem, setProblem] = useState(cluster?.problem ?? '')
  const [severity, setSeverity] = useState(cluster?.severity ?? 2)
  const [strategicFit, setStrategicFit] = useState(cluster?.strategicFit ?? 2)
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const isNew = cluster === undefined

  const save = async () => {
    if (problem.trim() === '') {
      setError('Name the underlying problem.')
      return false
    }
    const fields = { problem, severity, strategicFit }
    if (isNew) await createCluster({ ...fields, frictionIds: [...picked] })
    else await updateCluster(cluster.id, fields)
  }
  const toggle = (id: string) => {
    const next = new Set(picked)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setPicked(next)
  }

  return (
    <FormDialog
      title={isNew ? 'New cluster' : 'Edit cluster'}
      description="Name the underlying problem, not the symptom: “Venue AV is not checked”, not “HDMI broke”."
      submitLabel={isNew ? 'Create cluster' : 'Save'}
      onClose={onClose}
      onSubmit={save}
      extraActions={
        !isNew && (
          <button
            type="button"
            className="btn btn-ghost btn-danger dialog-footer-start"
            onClick={() => {
              void removeCluster(cluster.id)
              onClose()
            }}
          >
            Remove cluster
          </button>
        )
      }
    >
      <Field label="Underlying problem" error={error ?? undefined}>
        <input
          className="input"
          maxLength={300}
          autoFocus
          value={problem}
          onChange={(event) => {
            setProblem(event.target.value)
            setError(null)
          }}
        />
      </Field>
      <div className="form-grid">
        <ScoreScale
          legend="Severity"
          name="severity"
          labels={SEVERITY_LABELS}
          value={severity}
          onChange={setSeverity}
        />
        <ScoreScale
          legend="Strategic fit"
          name="strategic-fit"
          labels={STRATEGIC_FIT_LABELS}
          value={strategicFit}
          onChange={setStrategicFit}
        />
      </div>
      {isNew && (
        <fieldset className="cluster-picks">
          <legend className="field-label">Observed frictions under it</legend>
          {observed.length === 0 ? (
            <p className="small muted">
              No observed friction to add. Create the cluster now and add frictions as they come.
            </p>
          ) : (
            observed.map((friction) => (
              <label key={friction.id} className="cluster-pick small">
                <input
                  type="checkbox"
                  checked={picked.has(friction.id)}
                  onChange={() => toggle(friction.id)}
                />
                <span>{friction.text}</span>
              </label>
            ))
          )}
        </fieldset>
      )}
      <div className="row small muted">
        Priority: frequency × severity × fit
        <ScoreFormula
          frequency={isNew ? picked.size : frequency}
          severity={severity}
          strategicFit={strategicFit}
        />
      </div>
    </FormDialog>
  )
}

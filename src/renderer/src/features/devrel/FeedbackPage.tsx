import { useState } from 'react'
import { useAppStore } from '../../app/store-context'
import { ClusterDialog } from './ClusterDialog'
import { FeedbackBoard } from './FeedbackBoard'
import { FrictionSuggestions } from './FrictionSuggestions'
import { RecurringQuestions } from '../pulse'
import { LogFrictionDialog } from './LogFrictionDialog'
import { useFeedbackBoard } from './use-feedback-board'
import './devrel.css'

type OpenDialog = { kind: 'log' } | { kind: 'new-cluster' } | { kind: 'edit'; clusterId: string }

/**
 * The feedback loop board (DESIGN.md §1.9): friction observed anywhere is logged, clustered by the
 * underlying problem, prioritised by frequency × severity × strategic fit, fixed, then taught.
 */
export function FeedbackPage() {
  const clusters = useAppStore((state) => state.clusters)
  const view = useFeedbackBoard()
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const close = () => setDialog(null)
  const edited =
    dialog?.kind === 'edit'
      ? Object.values(view.byStage)
          .flat()
          .find((entry) => entry.cluster.id === dialog.clusterId)
      : undefined
  const isEmpty = clusters.length === 0 && view.observed.length === 0

  return (
    <div className="page page-wide stack-lg">
      <header className="page-header row-between">
        <div className="stack" style={{ gap: 4 }}>
          <h1>Feedback loop</h1>
          <p className="muted">
            Observe friction, cluster it by the underlying problem, fix the highest score first,
            then teach the fix.
          </p>
        </div>
        <div className="row">
          <button type="button" className="btn" onClick={() => setDialog({ kind: 'new-cluster' })}>
            New cluster
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setDialog({ kind: 'log' })}
          >
            Log friction
          </button>
        </div>
      </header>
      {isEmpty && (
        <p className="callout callout-info small">
          Start with what broke at the last night: log each friction as you see it, then group the
          ones with the same cause into a cluster and score it. Focus a cluster and press ← or → to
          move it through the stages.
        </p>
      )}
      <FeedbackBoard view={view} onEdit={(clusterId) => setDialog({ kind: 'edit', clusterId })} />
      <p className="faint small">
        Score = frequency (frictions in the cluster) × severity (1–3) × strategic fit (1–3). Focus a
        cluster and press ← or → to move it a stage back or forward.
      </p>
      <FrictionSuggestions suggestions={view.suggestions} />
      <RecurringQuestions />
      {dialog?.kind === 'log' && <LogFrictionDialog onClose={close} />}
      {dialog?.kind === 'new-cluster' && (
        <ClusterDialog observed={view.observed} frequency={0} onClose={close} />
      )}
      {edited !== undefined && (
        <ClusterDialog
          cluster={edited.cluster}
          observed={view.observed}
          frequency={edited.frequency}
          onClose={close}
        />
      )}
    </div>
  )
}

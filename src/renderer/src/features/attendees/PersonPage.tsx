import { EmptyState } from '../../components/EmptyState'

/** Placeholder until the feature lands; replaced by the feature's own screen. */
export function PersonPage(_props: { personId: string }) {
  return (
    <div className="page">
      <EmptyState title="Not built yet" />
    </div>
  )
}

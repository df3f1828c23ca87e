import { EmptyState } from '../../components/EmptyState'

/** Placeholder until the feature lands; replaced by the feature's own screen. */
export function PeoplePage() {
  return (
    <div className="page">
      <EmptyState title="Not built yet" />
    </div>
  )
}

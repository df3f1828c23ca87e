import { useState } from 'react'
import { useAppStore } from '../app/store-context'
import { RETRY_EVERY_MS } from '../api/held-saves'

/**
 * Shown while saves wait for disk space: what happened, in words, and the two ways out. It stays
 * until the saves went through or were discarded; it cannot be dismissed, since the changes it
 * speaks of are not saved.
 */
export function HeldSavesBanner() {
  const held = useAppStore((state) => state.heldSaves)
  const retry = useAppStore((state) => state.retryHeldSaves)
  const discard = useAppStore((state) => state.discardHeldSaves)
  const [isRetrying, setRetrying] = useState(false)
  if (held.count === 0) return null
  const changes = held.count === 1 ? '1 change waits' : `${held.count} changes wait`
  return (
    <div className="callout callout-error held-saves" role="alert" data-testid="held-saves">
      <div className="grow stack" style={{ gap: 2 }}>
        <strong>{held.message}</strong>
        <span className="small">
          {changes} to be saved. DevRel OS tries again every {RETRY_EVERY_MS / 1000} seconds.
        </span>
      </div>
      <button
        type="button"
        className="btn btn-sm"
        disabled={isRetrying}
        onClick={() => {
          setRetrying(true)
          void retry().finally(() => setRetrying(false))
        }}
      >
        {isRetrying ? 'Trying…' : 'Try again now'}
      </button>
      <button type="button" className="btn btn-sm btn-ghost" onClick={discard}>
        Discard {held.count === 1 ? 'change' : 'changes'}
      </button>
    </div>
  )
}

/** Small builders shared by the feedback loop tests. Used by tests only. */
import type { Friction, FrictionCluster } from '../domain/review-schemas'

/** An observed, manual friction logged on 2026-11-01; override any field. */
export function friction(id: string, overrides: Partial<Friction> = {}): Friction {
  return {
    id,
    text: `Friction ${id}`,
    source: 'manual',
    sourceId: null,
    clusterId: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  }
}

/** A cluster at `cluster`, severity 2 and fit 2, created on 2026-11-02; override any field. */
export function cluster(id: string, overrides: Partial<FrictionCluster> = {}): FrictionCluster {
  return {
    id,
    problem: `Problem ${id}`,
    severity: 2,
    strategicFit: 2,
    stage: 'cluster',
    createdAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  }
}

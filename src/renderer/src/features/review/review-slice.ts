/** The review feature's actions: closing the monthly review. */
import type { SliceCreator } from '../../app/store-types'

export interface ReviewSlice {
  closeReview: (
    month: string,
    insight: string,
    figures: Record<string, number | null>,
  ) => Promise<void>
}

export const createReviewSlice: SliceCreator<ReviewSlice> =
  ({ call }) =>
  (set, get) => ({
    closeReview: async (month, insight, figures) => {
      const saved = await call('review:close', { month, insight, figures })
      set({ reviews: saved.reviews })
      get().showToast(`Review for ${month} saved`)
    },
  })

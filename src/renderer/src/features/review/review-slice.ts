/** The review feature's actions: closing the monthly review, saving a closed one as PDF. */
import type { SliceCreator } from '../../app/store-types'

export interface ReviewSlice {
  closeReview: (
    month: string,
    insight: string,
    figures: Record<string, number | null>,
  ) => Promise<void>
  /** Prints the page as it is; the caller lays the review out for print first. */
  exportReviewPdf: (reviewId: string) => Promise<void>
}

export const createReviewSlice: SliceCreator<ReviewSlice> =
  ({ call }) =>
  (set, get) => ({
    closeReview: async (month, insight, figures) => {
      const saved = await call('review:close', { month, insight, figures })
      set({ reviews: saved.reviews })
      get().showToast(`Review for ${month} saved`, { undoable: true })
    },
    exportReviewPdf: async (reviewId) => {
      const saved = await call('review:export-pdf', { reviewId })
      if (saved.status === 'saved') get().showToast(`Saved ${saved.path}`)
    },
  })

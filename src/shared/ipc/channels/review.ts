/**
 * The monthly review (DESIGN.md §1.8): closing one saves its figures and the insight; a closed one
 * prints to PDF.
 */
import { z } from 'zod'
import type { Review } from '../../domain/review-schemas'
import { idSchema } from '../../domain/schemas'
import type { SavedFiles } from './retros'

export const reviewRequests = {
  'review:close': z.object({
    month: z.string().regex(/^\d{4}-\d{2}$/),
    insight: z.string().trim().min(1, 'Type one insight to close the review').max(2000),
    figures: z.record(z.string(), z.number().nullable()),
  }),
  /** The page as shown (the closed review laid out for print) printed to a PDF file. */
  'review:export-pdf': z.object({ reviewId: idSchema }),
} as const

export interface ReviewResponses {
  'review:close': { reviews: Review[] }
  'review:export-pdf': SavedFiles
}

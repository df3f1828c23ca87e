/** The review feature's actions. */
import type { SliceCreator } from '../../app/store-types'

export type ReviewSlice = Record<never, never>

export const createReviewSlice: SliceCreator<ReviewSlice> = () => () => ({})

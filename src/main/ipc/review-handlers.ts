import type { ReviewResponses } from '../../shared/ipc/channels/review'
import { reviewFileName } from '../../shared/export/file-names'
import { writeFileAtomic } from '../persistence/atomic-file'
import { NotFoundError } from './errors'
import type { Handlers, HandlerDeps } from './handler-types'

/** Closing a monthly review (appended to the timeline in reviews.json) and saving one as PDF. */
export function reviewHandlers(deps: HandlerDeps): Pick<Handlers, keyof ReviewResponses> {
  const { repository } = deps
  return {
    'review:close': ({ month, insight, figures }) => {
      const file = repository.read('reviews')
      const review = {
        id: deps.newId(),
        month,
        insight,
        figures,
        closedAt: deps.now().toISOString(),
      }
      const reviews = [...file.reviews, review]
      repository.write('reviews', { ...file, reviews })
      return { reviews }
    },
    'review:export-pdf': async ({ reviewId }) => {
      const review = repository.read('reviews').reviews.find((entry) => entry.id === reviewId)
      if (review === undefined) throw new NotFoundError('That review is no longer in the timeline.')
      const path = await deps.desktop.chooseSaveFile(
        'Save the review as PDF',
        reviewFileName(review.month, 'pdf'),
      )
      if (path === null) return { status: 'cancelled' }
      // The renderer has laid the review out for print before asking; this prints that page.
      writeFileAtomic(path, await deps.desktop.printToPdf())
      return { status: 'saved', path, files: 1 }
    },
  }
}

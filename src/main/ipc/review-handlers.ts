import type { ReviewResponses } from '../../shared/ipc/channels/review'
import type { Handlers, HandlerDeps } from './handler-types'

/** Closing a monthly review: appended to the timeline in reviews.json. */
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
  }
}

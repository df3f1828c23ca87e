/** How the people screens name the stages of the developer journey (DESIGN.md §1.9). */
import type { JourneyStage } from '../../../../../shared/metrics/journey-funnel'

export const STAGE_LABELS: Record<JourneyStage, string> = {
  awareness: 'Awareness',
  onboarding: 'Onboarding',
  adoption: 'Adoption',
  retention: 'Retention',
  advocacy: 'Advocacy',
}

/** Who sits at a stage, in the words of the funnel's definition. */
export const STAGE_DESCRIPTIONS: Record<JourneyStage, string> = {
  awareness: 'registered, never attended',
  onboarding: 'attended once',
  adoption: 'returned: attended twice',
  retention: 'attended 3+ times, or twice in the last 90 days',
  advocacy: 'presented a demo, or was in an intro that sparked',
}

/**
 * The diagnostic checklist (DESIGN.md §1.9): two lists, "pause amplification" and "amplify
 * confidently". Amplifying (promoting the nights, growing the audience, adding formats) multiplies
 * whatever the mechanisms do: when they show strain, growth multiplies the strain. Each item is a
 * yes/no question; the pause list asks about warning signs (yes = a reason to pause), the amplify
 * list about signs the mechanisms work (yes = a reason for confidence).
 */

export const DIAGNOSTIC_LISTS = ['pause', 'amplify'] as const
export type DiagnosticList = (typeof DIAGNOSTIC_LISTS)[number]

export const DIAGNOSTIC_ITEM_IDS = [
  'recurring-friction-unfixed',
  'same-questions-every-week',
  'follow-ups-below-minimum',
  'organizer-fatigue',
  'demo-target-missed',
  'returning-builders-falling',
  'open-conduct-concern',
  'sparks-happening',
  'speakers-return',
  'pipeline-moving',
  'follow-ups-done',
  'retro-on-time',
  'demo-quality-bar',
] as const
export type DiagnosticItemId = (typeof DIAGNOSTIC_ITEM_IDS)[number]

export interface DiagnosticItem {
  id: DiagnosticItemId
  list: DiagnosticList
  question: string
  /** Why it matters, in one line. */
  why: string
}

export const DIAGNOSTIC_ITEMS: readonly DiagnosticItem[] = [
  {
    id: 'recurring-friction-unfixed',
    list: 'pause',
    question: 'Does a friction keep recurring without a fix under way?',
    why: 'More people means more of them hit the same problem.',
  },
  {
    id: 'same-questions-every-week',
    list: 'pause',
    question: 'Does the group chat ask the same questions every week?',
    why: 'An answer nobody wrote down yet; a bigger group asks it more often.',
  },
  {
    id: 'follow-ups-below-minimum',
    list: 'pause',
    question: 'Are the follow-ups after the last night below the minimum?',
    why: 'New people need the personal follow-up the current ones still wait for.',
  },
  {
    id: 'organizer-fatigue',
    list: 'pause',
    question: 'Is the organizer fatigue index above 60?',
    why: 'Growth adds hours; a tired organizer is the program’s single point of failure.',
  },
  {
    id: 'demo-target-missed',
    list: 'pause',
    question: 'Did the last night miss its demo target, or did a gate need an override?',
    why: 'A bigger room amplifies thin demo inventory and skipped mechanisms.',
  },
  {
    id: 'returning-builders-falling',
    list: 'pause',
    question: 'Is the returning builder rate falling?',
    why: 'Builders not coming back means the nights do not yet deliver; promotion will not fix it.',
  },
  {
    id: 'open-conduct-concern',
    list: 'pause',
    question: 'Is a code-of-conduct or safety concern still open?',
    why: 'Resolve it before inviting more people in.',
  },
  {
    id: 'sparks-happening',
    list: 'amplify',
    question: 'Are peer intros turning into collaboration sparks (last 3 months)?',
    why: 'People building together is the value a bigger room multiplies.',
  },
  {
    id: 'speakers-return',
    list: 'amplify',
    question: 'Do presenters come back to present again (1 in 5 or more)?',
    why: 'Repeat speakers show the demo slot is worth a builder’s time.',
  },
  {
    id: 'pipeline-moving',
    list: 'amplify',
    question: 'Did 3–5 people move forward on the speaker pipeline this cycle?',
    why: 'A moving pipeline can absorb the new builders growth brings.',
  },
  {
    id: 'follow-ups-done',
    list: 'amplify',
    question: 'Were the follow-ups done over the last 3 months?',
    why: 'The follow-up minimum, kept night after night, scales with the room.',
  },
  {
    id: 'retro-on-time',
    list: 'amplify',
    question: 'Was the last retro done within 48 hours?',
    why: 'The loop that turns friction into fixes is running.',
  },
  {
    id: 'demo-quality-bar',
    list: 'amplify',
    question: 'Do the demos show working things, not slides?',
    why: 'The quality bar is what newcomers will tell their friends about.',
  },
]

/** The item with this id, when it is one (stored answers are keyed by item id). */
export function diagnosticItem(id: string): DiagnosticItem | undefined {
  return DIAGNOSTIC_ITEMS.find((item) => item.id === id)
}

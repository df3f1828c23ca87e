/**
 * Stage mode (DESIGN.md §1.10): the run-of-show as a timer. Each demo gets its slot from the
 * contract's minutes (plus minutes added on stage); Space starts and pauses, → moves on, ← goes
 * back. Moving on from a demo logs how it went: its actual start and end and its seconds on stage,
 * or a no-show when it never started. Pure: time comes in as milliseconds from the caller's clock,
 * so tests use a fake one.
 */
import type { StageEntry } from '../domain/night-schemas'

export interface StageTimer {
  /** The run-of-show's demo ids, in order. */
  demoIds: readonly string[]
  /** The demo on stage (or next up); equal to `demoIds.length` once the last has finished. */
  index: number
  /** When the current demo was first started; null while it has not started. */
  startedAt: number | null
  /** When the current run began; null while paused or not started. */
  runningSince: number | null
  /** Milliseconds on stage before the current run. */
  elapsedBefore: number
  /** Minutes added on stage to the current demo's slot. */
  addedMinutes: number
}

/** A timer at the first demo, not started. */
export function stageTimer(demoIds: readonly string[]): StageTimer {
  return {
    demoIds,
    index: 0,
    startedAt: null,
    runningSince: null,
    elapsedBefore: 0,
    addedMinutes: 0,
  }
}

/** What the log records for a demo that is left, or null when there is no demo to leave. */
export type StageLogDraft = Omit<StageEntry, 'id' | 'eventId'>

export function isRunning(timer: StageTimer): boolean {
  return timer.runningSince !== null
}

export function isFinished(timer: StageTimer): boolean {
  return timer.index >= timer.demoIds.length
}

/** Milliseconds the current demo has been on stage, pauses left out. */
export function elapsedMs(timer: StageTimer, now: number): number {
  return timer.elapsedBefore + (timer.runningSince === null ? 0 : now - timer.runningSince)
}

/** The current slot in milliseconds: the contract's minutes plus those added on stage. */
export function slotMs(timer: StageTimer, minutesPerDemo: number): number {
  return (minutesPerDemo + timer.addedMinutes) * 60_000
}

/** Milliseconds left in the slot; negative once the demo runs over. */
export function remainingMs(timer: StageTimer, now: number, minutesPerDemo: number): number {
  return slotMs(timer, minutesPerDemo) - elapsedMs(timer, now)
}

/** Space: starts the current demo, pauses it, or carries on after a pause. */
export function startOrPause(timer: StageTimer, now: number): StageTimer {
  if (isFinished(timer)) return timer
  if (timer.runningSince !== null) {
    return { ...timer, runningSince: null, elapsedBefore: elapsedMs(timer, now) }
  }
  return { ...timer, runningSince: now, startedAt: timer.startedAt ?? now }
}

/** +1 min: the current slot gets a minute more. */
export function addMinute(timer: StageTimer): StageTimer {
  return isFinished(timer) ? timer : { ...timer, addedMinutes: timer.addedMinutes + 1 }
}

/**
 * →: the current demo is over (or did not happen) and the next one is up, not started. Returns
 * the log line for the demo left: its actual start and end, or a no-show when it never started.
 */
export function next(
  timer: StageTimer,
  now: number,
  minutesPerDemo: number,
): { timer: StageTimer; logged: StageLogDraft | null } {
  if (isFinished(timer)) return { timer, logged: null }
  const demoId = timer.demoIds[timer.index] as string
  const seconds = Math.round(elapsedMs(timer, now) / 1000)
  const plannedMinutes = minutesPerDemo + timer.addedMinutes
  const logged: StageLogDraft =
    timer.startedAt === null
      ? { demoId, outcome: 'no-show', startedAt: null, endedAt: null, plannedMinutes, seconds: 0 }
      : {
          demoId,
          outcome: 'ran',
          startedAt: new Date(timer.startedAt).toISOString(),
          endedAt: new Date(now).toISOString(),
          plannedMinutes,
          seconds,
        }
  return { timer: { ...stageTimer(timer.demoIds), index: timer.index + 1 }, logged }
}

/** ←: back to the demo before, not started (its log line is written again when it is left). */
export function back(timer: StageTimer): StageTimer {
  if (timer.index === 0) return { ...stageTimer(timer.demoIds) }
  return { ...stageTimer(timer.demoIds), index: timer.index - 1 }
}

/** `7:05`, `-1:30` past the slot, `0:00`: minutes and seconds, rounded towards the slot's end. */
export function formatClock(ms: number): string {
  const isOver = ms < 0
  const totalSeconds = isOver ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000)
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = totalSeconds % 60
  return `${isOver ? '-' : ''}${minutes}:${String(seconds).padStart(2, '0')}`
}

/** How the countdown is shown: calm, the last minute, or over the slot. */
export type ClockTone = 'calm' | 'last-minute' | 'over'

export function clockTone(remaining: number): ClockTone {
  if (remaining < 0) return 'over'
  return remaining <= 60_000 ? 'last-minute' : 'calm'
}

/** A demo that ran past its slot, for the retro: "ran 9:10 of 7 min (2:10 over)". */
export interface Overrun {
  demoId: string
  seconds: number
  plannedMinutes: number
  overSeconds: number
}

/**
 * The stage log of one night as the retro reads it: the latest line per demo (a demo gone back to
 * and run again counts as it ran last), the demos that ran long, longest overrun first, and the
 * no-shows.
 */
export function stageSummary(
  stageLog: readonly StageEntry[],
  eventId: string,
): { ran: StageEntry[]; overruns: Overrun[]; noShows: StageEntry[] } {
  const latest = new Map<string, StageEntry>()
  for (const entry of stageLog) if (entry.eventId === eventId) latest.set(entry.demoId, entry)
  const entries = [...latest.values()]
  const ran = entries.filter((entry) => entry.outcome === 'ran')
  const overruns = ran
    .map((entry) => ({
      demoId: entry.demoId,
      seconds: entry.seconds,
      plannedMinutes: entry.plannedMinutes,
      overSeconds: entry.seconds - entry.plannedMinutes * 60,
    }))
    .filter((overrun) => overrun.overSeconds > 0)
    .sort((a, b) => b.overSeconds - a.overSeconds)
  return { ran, overruns, noShows: entries.filter((entry) => entry.outcome === 'no-show') }
}

/** What the presenter-facing display shows: nothing else crosses to that window. */
export interface StageDisplayState {
  title: string
  presenter: string
  nextTitle: string | null
  nextPresenter: string | null
  /** Milliseconds left at `sentAt` (the sender's clock); the display counts on from there. */
  remainingMs: number
  sentAt: number
  isRunning: boolean
  isFinished: boolean
  /** Position of the current demo, 1-based, and how many there are. */
  position: number
  total: number
}

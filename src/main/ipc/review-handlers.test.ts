import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Review } from '../../shared/domain/review-schemas'
import { sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { NO_DESKTOP, type DesktopServices } from '../desktop-services'
import { dispatch } from './dispatch'
import type { Handlers } from './handler-types'

const NOW = new Date('2026-11-23T12:00:00.000Z')

async function call<T>(handlers: Handlers, channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, payload)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

/** A workspace in a temp folder whose save dialog answers with `answer()` and whose print is `pdf`. */
function bootWithDesktop(answer: (defaultName: string) => string | null, pdf: Uint8Array) {
  const directory = mkdtempSync(join(tmpdir(), 'devrel-review-'))
  const asked: string[] = []
  let prints = 0
  const desktop: DesktopServices = {
    ...NO_DESKTOP,
    chooseSaveFile: async (_title, defaultName) => {
      asked.push(defaultName)
      return answer(defaultName)
    },
    printToPdf: async () => {
      prints += 1
      return pdf
    },
  }
  const booted = bootWorkspace({ directory, now: () => NOW, newId: sequentialIds('id'), desktop })
  return { ...booted, directory, asked, prints: () => prints }
}

const FIGURES = { returningBuilderRate: 0.5, pipelineCount: 11, fatigueIndex: 64, gateOverrides: 1 }

describe('the monthly review', () => {
  it('closes into reviews.json, so the timeline is there after a restart', async () => {
    const { handlers, directory } = bootWithDesktop(() => null, new Uint8Array())
    await call(handlers, 'review:close', {
      month: '2026-11',
      insight: '  Follow-ups bring first-timers back.  ',
      figures: FIGURES,
    })
    const reopened = bootWorkspace({ directory, now: () => NOW, newId: sequentialIds('again') })
    expect(reopened.repository.snapshot().reviews).toEqual([
      {
        id: expect.any(String),
        month: '2026-11',
        insight: 'Follow-ups bring first-timers back.',
        figures: FIGURES,
        closedAt: NOW.toISOString(),
      },
    ])
  })

  it('saves a closed review as the printed PDF under the name chosen, and respects cancel', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'devrel-review-exports-'))
    const pdf = new TextEncoder().encode('%PDF-1.7 the printed review')
    let isCancelled = true
    const booted = bootWithDesktop((name) => (isCancelled ? null : join(folder, name)), pdf)
    const { reviews } = await call<{ reviews: Review[] }>(booted.handlers, 'review:close', {
      month: '2026-11',
      insight: 'Short slots keep the room.',
      figures: FIGURES,
    })
    const reviewId = reviews[0]?.id

    expect(await call(booted.handlers, 'review:export-pdf', { reviewId })).toEqual({
      status: 'cancelled',
    })
    // Cancelling the dialog prints nothing and writes nothing.
    expect(booted.prints()).toBe(0)
    expect(readdirSync(folder)).toEqual([])

    isCancelled = false
    const path = join(folder, 'review-2026-11.pdf')
    expect(await call(booted.handlers, 'review:export-pdf', { reviewId })).toEqual({
      status: 'saved',
      path,
      files: 1,
    })
    expect(booted.asked).toEqual(['review-2026-11.pdf', 'review-2026-11.pdf'])
    // Only the PDF itself: the temporary file of the atomic write is gone.
    expect(readdirSync(folder)).toEqual(['review-2026-11.pdf'])
    expect(readFileSync(path)).toEqual(Buffer.from(pdf))
  })

  it('refuses a review that is not in the timeline, and a request without an id', async () => {
    const { handlers, prints } = bootWithDesktop(() => '/nowhere.pdf', new Uint8Array())
    expect(await dispatch(handlers, 'review:export-pdf', { reviewId: 'gone' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That review is no longer in the timeline.' },
    })
    expect(await dispatch(handlers, 'review:export-pdf', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
    expect(prints()).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { diagnosticItem } from '../devrel/diagnostic-items'
import { harvestFrictions } from '../devrel/friction-harvest'
import { rankClusters } from '../devrel/priority-score'
import { buildSampleWorkspace } from './sample-workspace'

const NOW = new Date('2026-11-23T12:14:00.000Z')
const workspace = buildSampleWorkspace(NOW)
const { frictions, clusters, diagnosticAnswers } = workspace.reviews

describe('the sample feedback loop', () => {
  it('logs retro frictions with the retro they came from, word for word', () => {
    const retroFrictions = frictions.filter((friction) => friction.source === 'retro')
    expect(retroFrictions.length).toBeGreaterThan(0)
    for (const friction of retroFrictions) {
      const retro = workspace.journal.retros.find((entry) => entry.eventId === friction.sourceId)
      expect(retro?.broke).toBe(friction.text)
    }
  })

  it('has two clusters at different stages, scored, and observed frictions besides', () => {
    const ranked = rankClusters(clusters, frictions)
    expect(ranked.map((entry) => [entry.cluster.stage, entry.frequency, entry.score])).toEqual([
      // 3 HDMI retros + 1 channel report, severity 3, fit 2; 2 late starts, 2 × 2
      ['fix', 4, 24],
      ['prioritise', 2, 8],
    ])
    expect(frictions.filter((friction) => friction.clusterId === null)).toHaveLength(3)
  })

  it('still offers the newest retros’ notes as suggestions, never one already logged', () => {
    const suggestions = harvestFrictions({
      ...workspace.journal,
      ...workspace.events,
      ...workspace.people,
      frictions,
    })
    expect(suggestions.map((entry) => entry.text)).toContain('The HDMI adapter, again')
    for (const suggestion of suggestions) {
      expect(
        frictions.some(
          (friction) =>
            friction.sourceId === suggestion.sourceId && friction.text === suggestion.text,
        ),
      ).toBe(false)
    }
  })

  it('answers only questions that are on the checklist', () => {
    expect(Object.keys(diagnosticAnswers).every((id) => diagnosticItem(id) !== undefined)).toBe(
      true,
    )
  })
})

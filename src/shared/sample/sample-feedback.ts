/**
 * The sample chapter's feedback loop (DESIGN.md §1.9) and its own diagnostic answers. The retros'
 * "what broke" notes repeat (the HDMI adapter, late starts), so a first look shows the loop doing
 * its job: the AV problem being fixed, late starts waiting to be prioritised, fresh frictions
 * observed, and the newest retros' notes still offered as suggestions.
 */
import type { Retro } from '../domain/journal-schemas'
import type { DiagnosticAnswer, Friction, FrictionCluster } from '../domain/review-schemas'

/** The sample journal's "what broke" notes this loop was built from. */
const AV_NOTE = 'The HDMI adapter, again'
const LATE_NOTE = 'Started 15 minutes late'
const SOUND_NOTE = 'Sound in the back rows'
const HOUR_MS = 3_600_000

export interface SampleFeedback {
  frictions: Friction[]
  clusters: FrictionCluster[]
  diagnosticAnswers: Record<string, DiagnosticAnswer>
}

export function buildSampleFeedback(input: {
  retros: readonly Retro[]
  now: Date
}): SampleFeedback {
  const ordered = [...input.retros].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
  const withNote = (note: string) => ordered.filter((retro) => retro.broke === note)
  // The latest of each recurring note is left unlogged: it shows as a suggestion on first look.
  const av = withNote(AV_NOTE).slice(0, -1)
  const late = withNote(LATE_NOTE).slice(0, -1)
  const sound = withNote(SOUND_NOTE).slice(-1)
  const frictions: Friction[] = []
  const add = (friction: Omit<Friction, 'id'>): void => {
    frictions.push({
      id: `sample-friction-${String(frictions.length + 1).padStart(2, '0')}`,
      ...friction,
    })
  }
  const fromRetro = (retro: Retro, clusterId: string | null): void =>
    add({
      text: retro.broke,
      source: 'retro',
      sourceId: retro.eventId,
      clusterId,
      createdAt: retro.completedAt ?? retro.updatedAt,
    })
  const daysAgo = (days: number) =>
    new Date(input.now.getTime() - days * 24 * HOUR_MS).toISOString()

  const clusters: FrictionCluster[] = []
  if (av.length > 0) {
    clusters.push({
      id: 'sample-cluster-av',
      problem: 'Venue AV is not checked before doors open',
      severity: 3,
      strategicFit: 2,
      stage: 'fix',
      createdAt: av[1]?.completedAt ?? av[0]?.updatedAt ?? daysAgo(120),
    })
    for (const retro of av) fromRetro(retro, 'sample-cluster-av')
    add({
      text: 'Two presenters asked on Discord whether the venue has USB-C adapters',
      source: 'channel',
      sourceId: null,
      clusterId: 'sample-cluster-av',
      createdAt: daysAgo(40),
    })
  }
  if (late.length > 0) {
    clusters.push({
      id: 'sample-cluster-late',
      problem: 'Nights start late',
      severity: 2,
      strategicFit: 2,
      stage: 'prioritise',
      createdAt: late.at(-1)?.completedAt ?? daysAgo(60),
    })
    for (const retro of late) fromRetro(retro, 'sample-cluster-late')
  }
  for (const retro of sound) fromRetro(retro, null)
  add({
    text: 'Newcomers on Discord cannot find where to propose a demo',
    source: 'channel',
    sourceId: null,
    clusterId: null,
    createdAt: daysAgo(12),
  })
  add({
    text: 'The demo proposal form asks for a talk abstract; builders skip it',
    source: 'manual',
    sourceId: null,
    clusterId: null,
    createdAt: daysAgo(5),
  })
  return {
    frictions,
    clusters,
    diagnosticAnswers: {
      'open-conduct-concern': {
        answer: 'no',
        note: 'Nothing open; the spring report was resolved.',
      },
      'demo-quality-bar': { answer: 'yes', note: 'Screening keeps every demo to a working thing.' },
    },
  }
}

/**
 * Which ticketing platform wrote a file, from its header names alone. Platforms move and rename
 * columns between versions (Luma's `api_id` became `guest_id`) and translate them (pretix), so a
 * platform is recognised by a set of telltale names, never by where a column sits.
 */
import { normaliseHeader } from './normalise'
import type { PlatformProfile } from './platforms/profile'
import { PLATFORM_PROFILES } from './platforms/registry'
import type { PlatformGuess } from './types'

function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** Recognise the platform that wrote an export from its header names; `generic` when none fits. */
export function detectPlatform(header: string[]): PlatformGuess {
  const present = new Map<string, string>()
  for (const name of header) {
    const key = normaliseHeader(name)
    if (key !== '' && !present.has(key)) present.set(key, name.trim())
  }

  let best: { profile: PlatformProfile; found: string[] } | null = null
  for (const profile of PLATFORM_PROFILES) {
    const rule = profile.detection
    if (rule === null) continue
    const found: string[] = []
    for (const spellings of rule.signatures) {
      const match = spellings
        .map((spelling) => present.get(normaliseHeader(spelling)))
        .find(Boolean)
      if (match) found.push(match)
    }
    const hasAnchor = rule.anchors.some((anchor) => present.has(normaliseHeader(anchor)))
    if (!hasAnchor || found.length < rule.minimum) continue
    if (!best || found.length > best.found.length) best = { profile, found }
  }

  if (!best) {
    return {
      platform: 'generic',
      reason: 'Generic CSV: no platform’s telltale columns found, so columns are matched by name',
    }
  }
  return {
    platform: best.profile.platform,
    reason: `${best.profile.label}: has ${listInWords(best.found.slice(0, 3))}`,
  }
}

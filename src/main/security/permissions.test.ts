import { describe, expect, it } from 'vitest'
import { isPermissionAllowed } from './permissions'

describe('permissions', () => {
  it('allows writing text to the clipboard and nothing else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true)
    for (const permission of [
      'clipboard-read',
      'media',
      'notifications',
      'geolocation',
      'openExternal',
      'fileSystem',
    ]) {
      expect(isPermissionAllowed(permission)).toBe(false)
    }
  })
})

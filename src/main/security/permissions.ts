/**
 * The one permission the app grants: writing plain text to the clipboard ("Copy run-of-show").
 * Everything else (camera, notifications, geolocation, reading the clipboard…) is refused.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission)
}

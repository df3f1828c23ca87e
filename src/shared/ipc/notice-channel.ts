/**
 * Notices main pushes to the renderer on its own (main → renderer, no reply): something the
 * person should know that no request of theirs caused, such as a timed backup that failed. Kept
 * apart from the contract so the preload bundle does not pull in zod and the schemas.
 */
export const NOTICE_CHANNEL = 'app:notice'

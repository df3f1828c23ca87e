/** Errors handlers throw on purpose; their message is written for the person using the app. */
export class RefusedError extends Error {}
export class NotFoundError extends Error {}

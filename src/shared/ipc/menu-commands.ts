/**
 * Commands the application menu sends to the renderer (main → renderer, no reply). Kept apart
 * from the contract so the preload bundle does not pull in zod and the schemas.
 */
export const MENU_COMMANDS = [
  'new-event',
  'import',
  'import-chat',
  'find',
  'undo',
  'redo',
  'export-workspace',
  'import-workspace',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
export const MENU_COMMAND_CHANNEL = 'menu:command'

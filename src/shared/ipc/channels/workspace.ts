import { z } from 'zod'
import type { WorkspaceLoadResult } from '../contract-types'

export const workspaceRequests = {
  'workspace:load': z.undefined(),
  'workspace:start': z.object({ startWith: z.enum(['sample', 'empty']) }),
} as const

export interface WorkspaceResponses {
  'workspace:load': WorkspaceLoadResult
  'workspace:start': WorkspaceLoadResult
}

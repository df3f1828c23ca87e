/**
 * Validation that stops at the first problem. Zod checks every element of an array and keeps an
 * issue for each one that fails: a crafted file of 2,000,000 empty people made 14 million issues,
 * gigabytes of them, before it was refused. Here a file's collections are checked element by
 * element and the first bad one ends it, so a damaged file costs what its first bad record costs.
 */
import { z } from 'zod'

export type EarlyParseResult<T> =
  { success: true; data: T } | { success: false; path: PropertyKey[]; message: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A schema with refinements of its own is left to zod whole: its checks see the entire value. */
const hasOwnChecks = (schema: z.ZodType): boolean => (schema._zod.def.checks?.length ?? 0) > 0

/**
 * Parses `value` like `schema.safeParse` (same output for a plain object of collections), but
 * walks the object's fields and each collection's elements in order and returns only the first
 * issue. Elements themselves are parsed by zod whole: one record's issues are few. Pure.
 */
export function parseStoppingEarly<S extends z.ZodType>(
  schema: S,
  value: unknown,
): EarlyParseResult<z.output<S>> {
  return parse(schema, value) as EarlyParseResult<z.output<S>>
}

function parse(schema: z.ZodType, value: unknown): EarlyParseResult<unknown> {
  if (
    schema instanceof z.ZodObject &&
    isPlainObject(value) &&
    !hasOwnChecks(schema) &&
    (schema._zod.def.catchall === undefined || schema._zod.def.catchall instanceof z.ZodUnknown)
  ) {
    // z.object's rule: the known keys, in the schema's order; unknown keys dropped, or kept as
    // they are by z.looseObject.
    const data: Record<string, unknown> = schema._zod.def.catchall === undefined ? {} : { ...value }
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const result = parseField(field, value[key])
      if (!result.success) return { ...result, path: [key, ...result.path] }
      if (result.data !== undefined || Object.hasOwn(value, key)) data[key] = result.data
    }
    return { success: true, data }
  }
  return parseWhole(schema, value)
}

function parseField(schema: z.ZodType, value: unknown): EarlyParseResult<unknown> {
  if (!(schema instanceof z.ZodArray) || !Array.isArray(value) || hasOwnChecks(schema)) {
    return parseWhole(schema, value)
  }
  const element = schema.element as z.ZodType
  const data: unknown[] = new Array(value.length)
  for (let index = 0; index < value.length; index += 1) {
    const result = parseWhole(element, value[index])
    if (!result.success) return { ...result, path: [index, ...result.path] }
    data[index] = result.data
  }
  return { success: true, data }
}

function parseWhole(schema: z.ZodType, value: unknown): EarlyParseResult<unknown> {
  const result = schema.safeParse(value)
  if (result.success) return { success: true, data: result.data }
  const [issue] = result.error.issues
  return { success: false, path: issue?.path ?? [], message: issue?.message ?? 'is not valid' }
}

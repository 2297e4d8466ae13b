// A report query as every boundary validates it: the reports:get call and the tab export jobs;
// and the day and account id every dated request is checked with.
import { z } from 'zod'
import { isValidDay } from './calendar'
import { REPORT_IDS, variantProblem } from './reports'

export const daySchema = z.string().refine(isValidDay, { message: 'expected a day as YYYYMMDD' })
export const accountIdSchema = z.string().min(1).max(200)

export const reportQuerySchema = z
  .strictObject({
    accountId: accountIdSchema,
    report: z.enum(REPORT_IDS),
    variant: z.record(z.string().max(40), z.string().max(2000)).optional(),
    from: daySchema,
    to: daySchema,
    refresh: z.boolean().optional()
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => variantProblem(q.report, q.variant ?? {}) === null, { message: 'not a variant of this report', path: ['variant'] })

/** Options from outside (command line, workbook settings), checked where they enter. */
import { z } from 'zod';
import type { ValidateOptions } from './rule';
import { unitListSchema } from '../units/directory';

export const validateOptionsSchema = z
  .object({
    planYear: z.number().int().min(1990).max(2100).optional(),
    planEndYear: z.number().int().min(1990).max(2100).optional(),
    reportDate: z.date().optional(),
    units: unitListSchema.optional(),
  })
  .refine((o) => o.planEndYear === undefined || (o.planYear !== undefined && o.planEndYear >= o.planYear), {
    message: 'planEndYear needs planYear and is not before it',
  });

export function parseValidateOptions(input: unknown): ValidateOptions {
  return validateOptionsSchema.parse(input);
}

/** YYYY-MM-DD to a UTC date, or undefined when it is not a real calendar day. */
export function parseIsoDate(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : undefined;
}

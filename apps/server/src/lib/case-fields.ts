import { z } from 'zod';

// The input fields a case and the modules beside it (duplicates, knowledge, reply quality) read alike, kept here so
// that those modules need no import of the cases module for them.

/** A case number in a path or body: yyyymmdd and an eight-digit sequence (see the case table). */
export const CaseId = z.string().regex(/^\d{16}$/, 'a 16-digit case number');

/** Text fields: trimmed, no control characters; HTML is kept as text and React escapes it on display. */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), 'control_chars');

export const Phone = z
  .string()
  .trim()
  .regex(/^(\+?86)?1\d{10}$|^0\d{2,3}-?\d{7,8}$/, 'a mainland mobile or landline number');

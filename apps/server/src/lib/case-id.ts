import { z } from 'zod';

/** A case number in a path or body: yyyymmdd and an eight-digit sequence (see the case table). */
export const CaseId = z.string().regex(/^\d{16}$/, 'a 16-digit case number');

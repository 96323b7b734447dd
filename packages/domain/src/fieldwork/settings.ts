import { z } from 'zod';

/**
 * The deployment's field-work settings (setting key `field_settings`): how precise a point must be to count as
 * good evidence, how often the phone records a point during a tracked patrol, and how long track points are kept
 * before a job deletes them (PIPL: no longer than the purpose needs).
 */
export const FieldSettings = z.object({
  accuracyThresholdM: z.number().int().min(5).max(1000).default(50),
  trackIntervalS: z.number().int().min(5).max(600).default(30),
  trackKeepDays: z.number().int().min(1).max(365).default(30),
  /** an anomaly found on a visit: the responsible department signs for it (签收) within these hours (yellow, red) */
  signoffYellowHours: z.number().int().min(1).max(720).default(24),
  signoffRedHours: z.number().int().min(1).max(720).default(48),
});
export type FieldSettings = z.infer<typeof FieldSettings>;

export const DEFAULT_FIELD_SETTINGS: FieldSettings = FieldSettings.parse({});

/** A stored value as settings, the defaults for anything missing or invalid. */
export function fieldSettingsFrom(stored: unknown): FieldSettings {
  const r = FieldSettings.safeParse(stored ?? {});
  return r.success ? r.data : DEFAULT_FIELD_SETTINGS;
}

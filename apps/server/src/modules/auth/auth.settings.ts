import { DEFAULT_REVEAL_ALERT, type RevealAlertPolicy } from '@onegrid/domain';
import { z } from 'zod';
import type { DbOrTx } from '../../db/database.ts';
import { settingValues } from '../../db/settings.ts';

/**
 * Identity and session settings (the `setting` table; defaults when missing or invalid):
 * - `auth.idle_timeout_minutes` (30): a session unused this long ends; the 12-hour absolute limit stays.
 * - `auth.password_max_age_days` (90): a password older than this must be changed at sign-in; 0 = never.
 * - `pii.reveal_alert` ({ count: 20, minutes: 10 }): more full phone numbers than `count` revealed by one
 *   user within `minutes` notifies the security administrators.
 */
export interface AuthSettings {
  idleTimeoutMinutes: number;
  passwordMaxAgeDays: number;
  revealAlert: RevealAlertPolicy;
}

export const AUTH_SETTING_KEYS = {
  idleTimeoutMinutes: 'auth.idle_timeout_minutes',
  passwordMaxAgeDays: 'auth.password_max_age_days',
  revealAlert: 'pii.reveal_alert',
} as const;

const Minutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);
const Days = z.number().int().min(0).max(3650);
const Alert = z.object({
  count: z.number().int().min(1).max(10_000),
  minutes: z.number().int().min(1).max(1440),
});

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleTimeoutMinutes: 30,
  passwordMaxAgeDays: 90,
  revealAlert: DEFAULT_REVEAL_ALERT,
};

export async function loadAuthSettings(db: DbOrTx): Promise<AuthSettings> {
  const v = await settingValues(db, Object.values(AUTH_SETTING_KEYS));
  const idle = Minutes.safeParse(v.get(AUTH_SETTING_KEYS.idleTimeoutMinutes));
  const age = Days.safeParse(v.get(AUTH_SETTING_KEYS.passwordMaxAgeDays));
  const alert = Alert.safeParse(v.get(AUTH_SETTING_KEYS.revealAlert));
  return {
    idleTimeoutMinutes: idle.success ? idle.data : DEFAULT_AUTH_SETTINGS.idleTimeoutMinutes,
    passwordMaxAgeDays: age.success ? age.data : DEFAULT_AUTH_SETTINGS.passwordMaxAgeDays,
    revealAlert: alert.success ? alert.data : DEFAULT_AUTH_SETTINGS.revealAlert,
  };
}

/** The settings, read at most once per `ttlMs` per process (the session check runs on every request). */
export class AuthSettingsCache {
  private value: { at: number; settings: Promise<AuthSettings> } | undefined;
  constructor(
    private readonly db: DbOrTx,
    private readonly ttlMs = 30_000,
  ) {}

  get(now = Date.now()): Promise<AuthSettings> {
    if (!this.value || now - this.value.at >= this.ttlMs) {
      const settings = loadAuthSettings(this.db).catch((e: unknown) => {
        this.value = undefined;
        throw e;
      });
      this.value = { at: now, settings };
    }
    return this.value.settings;
  }

  clear(): void {
    this.value = undefined;
  }
}

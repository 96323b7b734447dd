import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** RFC 6238 TOTP (otplib v13 functional API): 6 digits, 30-second steps, SHA-1 as every authenticator app. */
export const TOTP_ISSUER = 'OneGrid';

export function newTotpSecret(): string {
  return generateSecret();
}

export async function totpEnrolment(secret: string, username: string) {
  const uri = generateURI({ issuer: TOTP_ISSUER, label: username, secret });
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/**
 * Checks a code, accepting the previous step too (a code typed as it rolls over), and never a step already
 * used (`afterStep`): a code seen over a shoulder or replayed is refused. Returns the step to remember.
 */
export async function checkTotp(
  secret: string,
  token: string,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epochTolerance: [30, 0],
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  }).catch(() => ({ valid: false as const }));
  // The functional API types TOTP and HOTP results together; a TOTP result carries its time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

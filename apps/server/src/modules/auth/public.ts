// What other modules use of auth besides its services and its route plugin (auth.plugin.ts).
export { hashPassword } from './passwords.ts';
export { loadAuthSettings } from './auth.settings.ts';
/** An administrator's password reset: the account's failed logins are forgotten and its sessions end. */
export { clearLoginAttempts, deleteSessionsOfUser } from './auth.repository.ts';

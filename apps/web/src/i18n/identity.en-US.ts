import type { identityZhCN } from './identity.zh-CN.ts';

/** English texts of identity, sessions and separation of duties — must carry every key of identity.zh-CN. */
export const identityEnUS: Record<keyof typeof identityZhCN, string> = {
  'role.security_admin': 'Security administrator',
  'role.audit_admin': 'Audit administrator',

  'menu.account': 'My account',
  'menu.sessions': 'Sessions',
  'menu.groupAccounts': 'Accounts & sessions',
  'menu.groupAudit': 'Security audit',

  'step.totpTitle': 'Two-factor authentication',
  'step.totpHint':
    'Enter the 6-digit code shown by your authenticator app (Tencent Authenticator, Microsoft Authenticator, Google Authenticator…).',
  'step.code': 'Code',
  'step.codeRequired': 'Enter 6 digits',
  'step.verify': 'Verify',
  'step.back': 'Back to sign-in',
  'step.changeTitle': 'Change your password first',
  'step.changeHint':
    'First sign-in, a reset by an administrator or an expired password: set a new password to continue.',
  'step.enrolTitle': 'Turn on two-factor authentication first',
  'step.enrolHint':
    'Administrator accounts sign in with a one-time code: scan the QR code with your authenticator app, then enter the 6 digits it shows.',

  'pw.current': 'Current password',
  'pw.new': 'New password',
  'pw.confirm': 'Confirm new password',
  'pw.mismatch': 'The two new passwords differ',
  'pw.rule':
    'At least 8 characters with three of upper case, lower case, digits and symbols; not containing your username; not a common password (such as password1, woaini1314, qq123456).',
  'pw.submit': 'Change password',
  'pw.changed': 'Password changed; your other sign-ins were ended',
  'pw.problem.too_short': 'At least 8 characters',

  'totp.title': 'Two-factor authentication (one-time codes)',
  'totp.on': 'On',
  'totp.off': 'Off',
  'totp.start': 'Set up two-factor authentication',
  'totp.scan': 'Scan the QR code with your authenticator app',
  'totp.secret': 'Cannot scan? Enter this key by hand:',
  'totp.enable': 'Verify and turn on',
  'totp.enabled': 'Two-factor authentication is on',
  'totp.disable': 'Turn off',
  'totp.disablePassword': 'Enter your password to turn two-factor authentication off',
  'totp.disabled': 'Two-factor authentication is off',
  'totp.required': 'Your role requires two-factor authentication.',
  'totp.lost': 'Lost your phone or cannot get a code? Ask a security administrator to reset it.',
  'totp.demoWarning':
    'Demo mode: administrators are not forced to use two-factor authentication. In a real deployment (DEMO=false) they must set it up at first sign-in; set it up under My account.',

  'account.title': 'My account',
  'account.sub': 'Change your password, two-factor authentication, and see or end your own sessions',
  'account.password': 'Change password',
  'account.passwordChangedAt': 'Password last changed: {at}',
  'account.sessions': 'My sessions',

  'session.user': 'User',
  'session.ip': 'IP address',
  'session.ua': 'Browser / client',
  'session.created': 'Signed in',
  'session.lastSeen': 'Last active',
  'session.current': 'This session',
  'session.pending': 'Sign-in unfinished',
  'session.end': 'End',
  'session.endConfirm': 'End this session? The device using it will be signed out.',
  'session.ended': 'Session ended',
  'sessions.title': 'Sessions',
  'sessions.sub':
    'Sign-in sessions of every user in your jurisdiction; they end after 30 idle minutes or 12 hours, or here.',

  'reveal.title': 'Show the full number',
  'reveal.reason': 'Reason',
  'reveal.reasonHint':
    'Seeing a full number is recorded in the audit log with your reason; many views in a short time notify the security administrators.',
  'reveal.reasonRequired': 'Give a reason (at least 2 characters)',
  'reveal.submit': 'Show',

  'users.mustChange': 'Must change password',
  'users.totp': '2FA',
  'users.resetTotp': 'Reset two-factor authentication',
  'users.resetTotpConfirm':
    "Reset this user's two-factor authentication? Their sessions end and they set it up again at next sign-in.",
  'users.resetTotpDone': 'Two-factor authentication reset',
  'users.separation':
    'Separation of duties: security and audit administrator may not be held together, nor either with system administrator.',
};

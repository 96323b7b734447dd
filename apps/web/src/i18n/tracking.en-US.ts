import type { trackingZhCN } from './tracking.zh-CN.ts';

/** English texts of the tracking page — must carry every key of tracking.zh-CN. */
export const trackingEnUS: Record<keyof typeof trackingZhCN, string> = {
  'track.yourReport': 'What you reported',
  'track.description': 'Description',
  'track.address': 'Address',
  'track.noAddress': 'Not given',
  'track.lostLink': 'Lost the link? Find your case by its number and your phone',
  'track.findTitle': 'Find my tracking link',
  'track.findSub': 'Enter the case number and the phone number you gave; we text a code to that phone.',
  'track.caseId': 'Case number',
  'track.caseIdHint': '16 digits, shown when you submitted',
  'track.phone': 'Phone',
  'track.sendCode': 'Send code',
  'track.resend': 'Send again ({s} s)',
  'track.sent':
    'If the number and phone match our records, a code has been sent to that phone, valid for {m} minutes. To protect your data we do not say here whether they match.',
  'track.code': 'Code',
  'track.codeHint': '6 digits',
  'track.open': 'Show progress',
  'track.newLinkNote':
    'A new tracking link was made for you and the old one no longer works. Bookmark this page.',
  'track.invalidId': 'Enter the 16-digit case number',
  'track.invalidPhone': 'Enter a mobile or landline number',
  'track.invalidCode': 'Enter the 6-digit code',
};

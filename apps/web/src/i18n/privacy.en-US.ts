import type { privacyZhCN } from './privacy.zh-CN.ts';

/** English texts of what the public and residents see — must carry every key of privacy.zh-CN. */
export const privacyEnUS: Record<keyof typeof privacyZhCN, string> = {
  'privacy.categoryPublic': 'Published',
  'privacy.categoryPublicHint':
    'Cases of this category are published de-identified on the open API (Open311): only for things such as facilities and the environment, never for matters about people or businesses',
  'privacy.categoryFacility': 'Fixed facility',
  'privacy.categoryFacilityHint':
    'Fixed facilities (street lights, manhole covers) are published at their exact place; other published cases at a ~100 m cell',

  'privacy.reportPublished':
    'Requests of this category are published de-identified (no name, phone, ID or house number; place within ~100 m)',
  'privacy.reportNotPublished':
    'Requests of this category are not published; only the staff handling it see it',
  'privacy.keepPrivate': 'Do not publish my request',
  'privacy.keepPrivateHint':
    'Checked, your request stays off the public data even if its category is published',

  'privacy.myData': 'What the platform holds about me',
  'privacy.contactName': 'Contact name',
  'privacy.contactPhone': 'Contact phone',
  'privacy.anonymousReport': 'Reported anonymously; no contact data kept',
  'privacy.none': 'Not kept',
  'privacy.erasedAt': 'Erased on {at}',
  'privacy.publication': 'Publication',
  'privacy.publishedYes': 'Published, de-identified',
  'privacy.publishedNo': 'Not published',
  'privacy.publishedAs': 'Published text',
  'privacy.publishedPlace': 'Published place',
  'privacy.retention': 'Contact data is kept {days} days after closure, then erased automatically',
  'privacy.keptUntil': 'Kept until {date}',
  'privacy.erase': 'Erase my contact data',
  'privacy.eraseConfirm':
    'This cannot be undone and staff will no longer be able to contact you. The request itself is kept. Erase?',
  'privacy.eraseHint':
    'Once your request is closed you may have your name and phone erased; the request is kept.',
  'privacy.erased': 'Contact data erased',
  'privacy.showData': 'Show',
  'privacy.reason.category_not_public': 'This category is not published',
  'privacy.reason.request_type': 'Reports (举报) are never published',
  'privacy.reason.about_a_person': 'Complaints about a person are not published',
  'privacy.reason.reporter_asked': 'You asked for it not to be published',
  'privacy.reason.hidden_by_staff': 'Hidden by staff',
  'privacy.reason.void_or_merged': 'Void or merged; not published',

  'privacy.hide': 'Hide from the public',
  'privacy.unhide': 'Publish again',
  'privacy.hideReason': 'Reason',
  'privacy.publicId': 'Public id',
  'privacy.toResident': 'Reply to the resident (shown on the tracking page; phones and ID numbers masked)',
  'privacy.residentNote': 'Resident sees this',

  'event.erase_contact': 'Resident erased their contact data',
  'event.hide_public': 'Hidden from the public',
  'event.unhide_public': 'Published again',
};

/**
 * The resident portal's sections (居民一站通, issue 13): one mobile entry that ties the residents' pages together.
 * Each area adds ONE row here for its page; the portal home draws them in this order. `signIn` rows need a
 * resident account (the page itself sends a visitor to the login); the rest are public.
 */
import type { MessageKey } from '../../i18n/index.tsx';

export interface PortalSection {
  key: string;
  path: string;
  /** An emoji or a short glyph shown on the tile. */
  icon: string;
  title: MessageKey;
  hint: MessageKey;
  signIn: boolean;
}

export const PORTAL_SECTIONS: PortalSection[] = [
  {
    key: 'report',
    path: '/report',
    icon: '📣',
    title: 'portal.report',
    hint: 'portal.reportHint',
    signIn: false,
  },
  {
    key: 'cases',
    path: '/my/cases',
    icon: '📋',
    title: 'portal.cases',
    hint: 'portal.casesHint',
    signIn: true,
  },
  {
    key: 'track',
    path: '/track',
    icon: '🔎',
    title: 'portal.track',
    hint: 'portal.trackHint',
    signIn: false,
  },
  {
    key: 'votes',
    path: '/my/votes',
    icon: '🗳️',
    title: 'portal.votes',
    hint: 'portal.votesHint',
    signIn: true,
  },
  {
    key: 'applications',
    path: '/my/applications',
    icon: '🗂️',
    title: 'portal.applications',
    hint: 'portal.applicationsHint',
    signIn: true,
  },
  {
    key: 'services',
    path: '/public/services',
    icon: '📘',
    title: 'portal.services',
    hint: 'portal.servicesHint',
    signIn: false,
  },
];

/**
 * The resident portal's sections (居民一站通, issue 13): one mobile entry that ties the residents' pages together.
 * Each area adds ONE row here for its page; the portal home draws them in this order. `signIn` rows need a
 * resident account (the page itself sends a visitor to the login); the rest are public.
 */
import type { ComponentType, CSSProperties } from 'react';
import {
  AuditOutlined,
  BookOutlined,
  CheckSquareOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  GiftOutlined,
  HeartOutlined,
  NotificationOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import type { MessageKey } from '../../i18n/index.tsx';

export interface PortalSection {
  key: string;
  path: string;
  /** The tile's icon (from @ant-design/icons). */
  icon: ComponentType<{ style?: CSSProperties }>;
  title: MessageKey;
  hint: MessageKey;
  signIn: boolean;
}

export const PORTAL_SECTIONS: PortalSection[] = [
  {
    key: 'report',
    path: '/report',
    icon: NotificationOutlined,
    title: 'portal.report',
    hint: 'portal.reportHint',
    signIn: false,
  },
  {
    key: 'cases',
    path: '/my/cases',
    icon: FileTextOutlined,
    title: 'portal.cases',
    hint: 'portal.casesHint',
    signIn: true,
  },
  {
    key: 'track',
    path: '/track',
    icon: SearchOutlined,
    title: 'portal.track',
    hint: 'portal.trackHint',
    signIn: false,
  },
  {
    key: 'applications',
    path: '/my/applications',
    icon: FolderOpenOutlined,
    title: 'portal.applications',
    hint: 'portal.applicationsHint',
    signIn: true,
  },
  {
    key: 'services',
    path: '/public/services',
    icon: BookOutlined,
    title: 'portal.services',
    hint: 'portal.servicesHint',
    signIn: false,
  },
  {
    key: 'votes',
    path: '/my/votes',
    icon: CheckSquareOutlined,
    title: 'portal.votes',
    hint: 'portal.votesHint',
    signIn: true,
  },
  {
    key: 'points',
    path: '/my/points',
    icon: GiftOutlined,
    title: 'points.portalTitle',
    hint: 'points.portalHint',
    signIn: true,
  },
  {
    key: 'volunteering',
    path: '/my/volunteering',
    icon: HeartOutlined,
    title: 'portal.volunteering',
    hint: 'portal.volunteeringHint',
    signIn: true,
  },
  {
    key: 'disclosure',
    path: '/my/disclosure',
    icon: AuditOutlined,
    title: 'disclosure.portal.title',
    hint: 'disclosure.portal.hint',
    signIn: true,
  },
];

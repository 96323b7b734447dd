import type { portalZhCN } from './portal.zh-CN.ts';

export const portalEnUS: Record<keyof typeof portalZhCN, string> = {
  'portal.title': "Residents' portal",
  'portal.sub': "Services, reports and your community's affairs in one place",
  'portal.signedInAs': 'Signed in: {name}',
  'portal.signIn': 'Sign in',
  'portal.signInHint':
    "Sign in to see your reports, your applications, and your community's votes and points",
  'portal.needsSignIn': 'Sign-in',
  'portal.report': 'Report a problem',
  'portal.reportHint': 'Tell the 12345 hotline about a problem or a suggestion',
  'portal.cases': 'My reports',
  'portal.casesHint': 'What you reported and how far it has got',
  'portal.track': 'Track a report',
  'portal.trackHint': 'With its number and your phone',
  'portal.votes': 'Community votes',
  'portal.votesHint': "Your community's votes and participatory budgets",
  'portal.back': 'Back to the portal',
  'portal.casesSub': "What you reported signed in, and what you reported to 12345 with this account's phone",
  'portal.casesNone': 'You have not reported anything yet',
  'portal.toRate': 'To rate',
};

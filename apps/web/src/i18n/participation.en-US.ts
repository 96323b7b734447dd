import type { participationZhCN } from './participation.zh-CN.ts';

export const participationEnUS: Record<keyof typeof participationZhCN, string> = {
  'civic.title': 'Community votes',
  'civic.sub':
    "Your community's votes and participatory budgets: one vote per resident, changeable until it closes",
  'civic.verifyTitle': 'First, verify that you live here',
  'civic.verifyHint':
    "Enter your name and ID number as the community's resident records hold them. Once verified you can vote and make proposals; a resident can be linked to one account only.",
  'civic.name': 'Name',
  'civic.idNumber': 'ID number',
  'civic.verify': 'Verify',
  'civic.verified': 'Verified: {name}, {community}',
  'civic.none': 'No votes in your community yet',
  'civic.status.open': 'Open',
  'civic.status.closed': 'Closed',
  'civic.status.published': 'Result published',
  'civic.status.draft': 'Not started',
  'civic.closes': 'Closes {at}',
  'civic.choose': 'Choose up to {n}',
  'civic.budget': 'Limit {limit} yuan, chosen {total} yuan',
  'civic.cost': '{cost} yuan',
  'civic.cast': 'Vote',
  'civic.change': 'Change my vote',
  'civic.myBallot': 'You have voted; you can change it until it closes',
  'civic.myBallotChanged': 'You have voted (changed {n} times); you can change it until it closes',
  'civic.paperBallot': 'You took a paper ballot',
  'civic.castDone': 'Vote recorded',
  'civic.changed': 'Vote changed',
  'civic.result': 'Result: {n} voters (online {online}, entered by staff {staff}, paper {paper})',
  'civic.votes': 'votes: {n}',
  'civic.won': 'Carried',
  'civic.login': 'Sign in with your resident account first',
};

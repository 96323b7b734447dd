// What other modules use of duplicates: the attach (cases module) confirms a candidate inside its transaction.
export { confirmAttached } from './decisions.ts';

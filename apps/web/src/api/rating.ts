/** Shapes of the 好差评 API of one-window services (issue 13). */
import type { Schema } from './contract.ts';

export type ServiceRatingDetail = Schema<'ServiceRatingDetail'>;
export type ServiceRectificationPage = Schema<'ServiceRectificationPage'>;
export type ServiceAppealPage = Schema<'ServiceAppealPage'>;
export type ServiceRatingOverview = Schema<'ServiceRatingOverview'>;
export type ServicePublicRatings = Schema<'ServicePublicRatings'>;
export type ServicePublicRatingState = Schema<'ServicePublicRatingState'>;
export type MyServiceApplications = Schema<'MyServiceApplications'>;
export type ServicePublicCatalogue = {
  items: { id: string; code: string; name: string; nameEn: string; promisedDays: number; visits: number }[];
  bundles: { id: string; code: string; name: string; nameEn: string; itemCount: number }[];
};

export const RATING_LEVELS = [
  'very_satisfied',
  'satisfied',
  'basically_satisfied',
  'unsatisfied',
  'very_unsatisfied',
] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const LEVEL_COLOR: Record<RatingLevel, string> = {
  very_satisfied: 'green',
  satisfied: 'green',
  basically_satisfied: 'cyan',
  unsatisfied: 'orange',
  very_unsatisfied: 'red',
};

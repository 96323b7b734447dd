export { unitServiceRatings } from './rating.service.ts';

// The three rates on the dashboard.
export { dashboardSummary } from './assessment.dashboard.ts';
// The three rates of the streets or districts under a region (the city dashboard's next level).
export { rankingUnder, type CityRanking } from './assessment.city.ts';

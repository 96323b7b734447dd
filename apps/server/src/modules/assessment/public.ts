// The three rates on the dashboard.
export { dashboardSummary } from './assessment.dashboard.ts';

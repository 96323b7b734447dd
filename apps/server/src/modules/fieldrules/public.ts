export { fieldRulesRoutes } from './fieldrules.routes.ts';
export { fieldSettings, visitRules, FIELD_SETTINGS_KEY } from './fieldrules.service.ts';

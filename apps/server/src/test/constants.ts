export const TEMPLATE_DB = 'onegrid_template';
/** Key for personal data in tests only. */
export const TEST_SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';
export const DEMO_PASSWORD = 'Demo@12345';
/** Scale of the demo base data (一标三实) in the test template: 2 % of the district (the demo community more). */
export const TEST_BASE_SCALE = 0.02;

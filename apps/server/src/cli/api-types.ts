/**
 * `npm run api:types`: regenerate the web's API types (apps/web/src/api/schema.d.ts) from the served OpenAPI.
 * `--check`: exit 1 when the checked-in file differs (CI; the contract test does the same).
 */
import fs from 'node:fs';
import path from 'node:path';
import { API_TYPES_FILE, apiTypesSource } from '../openapi.ts';

const root = path.resolve(import.meta.dirname, '../../../..');
const file = path.join(root, API_TYPES_FILE);
const text = await apiTypesSource();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error(
      `${API_TYPES_FILE} is out of date with the routes' response schemas: run npm run api:types`,
    );
    process.exit(1);
  }
  console.log(`${API_TYPES_FILE} is up to date`);
} else {
  fs.writeFileSync(file, text);
  console.log(`wrote ${API_TYPES_FILE}`);
}

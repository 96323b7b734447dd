const fmt = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "2026/11/22 17:30" in Beijing time, for messages to people. */
export function beijingTime(d: Date): string {
  return fmt.format(d);
}

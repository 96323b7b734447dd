/** What the Open311 intake appends to a case's text (attribute answers, address_id, media_url) starts here. */
export const OPEN311_TRAILER = '【Open311 附加信息】';

/** The client's own description, without what the Open311 intake appended: what the public feed publishes. */
export function clientDescription(text: string): string {
  const at = text.lastIndexOf(`\n\n${OPEN311_TRAILER}\n`);
  return at >= 0 ? text.slice(0, at) : text;
}

/** Rendering of GeoReport v2 answers: JSON as is, XML in the element structure of the spec's examples. */

export type Format = 'json' | 'xml';

export type XmlValue =
  string | number | boolean | null | undefined | XmlValue[] | { [key: string]: XmlValue };

/** For each list element, the name of its items: <services><service>…, <values><value>… */
const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  answers: 'answer',
  keys: 'key',
};

export const CONTENT_TYPE: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** Characters XML 1.0 forbids even escaped: C0 controls other than tab, LF, CR, and U+FFFE/U+FFFF. */
export function isXmlForbidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff
  );
}

export function escapeXml(s: string): string {
  return Array.from(s)
    .filter((ch) => !isXmlForbidden(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function element(name: string, value: XmlValue): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => element(k, v))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export function toXml(root: string, value: XmlValue): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}\n`;
}

export function render(format: Format, root: string, value: XmlValue): string {
  return format === 'xml' ? toXml(root, value) : JSON.stringify(value);
}

export function parseFormat(ext: string | undefined): Format | undefined {
  return ext === 'json' || ext === 'xml' ? ext : undefined;
}

/** "abc.json" → { name: 'abc', format: 'json' }; the last dot separates the format. */
export function splitFormat(file: string): { name: string; format: Format } | undefined {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const format = parseFormat(file.slice(dot + 1));
  return format ? { name: file.slice(0, dot), format } : undefined;
}

/** The format of a request by its path's extension, for errors raised before a route knows it. */
export function formatOfUrl(url: string): Format {
  const path = url.split('?')[0] ?? '';
  return /\.xml$/i.test(path) ? 'xml' : 'json';
}

/** W3C datetime in Beijing time ("2026-11-22T17:30:00+08:00"), as the spec's examples carry their offset. */
export function w3cTime(d: Date | string | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  const t = new Date(d).getTime();
  if (Number.isNaN(t)) return null;
  return `${new Date(t + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

export type Open311ErrorItem = { code: number; description: string };

export function renderErrors(format: Format, errors: Open311ErrorItem[]): string {
  return render(format, 'errors', errors);
}

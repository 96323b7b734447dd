import zlib from 'node:zlib';

/**
 * The text of each page of a PDF written by pdfkit with one embedded font (the reports' CJK font): the content
 * streams' TJ strings mapped to Unicode through the font's ToUnicode CMap. Enough for tests of our own reports;
 * not a general PDF reader.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const src = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const start = m.index + m[0].length;
    const end = src.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    // go on after this stream: its bytes may hold "<<" and ">> stream" by chance
    re.lastIndex = end;
    try {
      streams.push(
        /FlateDecode/.test(m[1] ?? '') ? zlib.inflateSync(raw).toString('latin1') : raw.toString('latin1'),
      );
    } catch {
      streams.push('');
    }
  }
  const map = new Map<number, string>();
  for (const s of streams.filter((x) => x.includes('begincmap'))) {
    for (const b of s.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
      for (const r of (b[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
        const lo = parseInt(r[1]!, 16);
        [...(r[3] ?? '').matchAll(/<([0-9a-fA-F]+)>/g)].forEach((u, i) => map.set(lo + i, utf16(u[1]!)));
      }
      const plain = (b[1] ?? '').replace(/<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\s*\[[^\]]*\]/g, '');
      for (const r of plain.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        const lo = parseInt(r[1]!, 16);
        const hi = parseInt(r[2]!, 16);
        const first = parseInt(r[3]!, 16);
        for (let g = lo; g <= hi; g++) map.set(g, String.fromCodePoint(first + g - lo));
      }
    }
    for (const b of s.matchAll(/beginbfchar([^]*?)endbfchar/g))
      for (const r of (b[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set(parseInt(r[1]!, 16), utf16(r[2]!));
  }
  // pdfkit begins every page's content with its flip transform
  return streams
    .filter((s) => /^1 0 0 -1 0 [\d.]+ cm/.test(s))
    .map((s) =>
      [...s.matchAll(/\[([^\]]*)\]\s*TJ/g)]
        .map((tj) =>
          [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)]
            .map((h) => (h[1]!.match(/.{4}/g) ?? []).map((g) => map.get(parseInt(g, 16)) ?? '?').join(''))
            .join(''),
        )
        .join('\n'),
    );
}

function utf16(hex: string): string {
  const units = (hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16));
  return String.fromCharCode(...units);
}

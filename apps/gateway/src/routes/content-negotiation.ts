/** The media ranges of an `Accept` header with their weights (`q`, 1 when not given). */
function mediaRanges(accept: string): Map<string, number> {
  const ranges = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [range, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!range) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(weight)) ranges.set(range, Math.max(ranges.get(range) ?? 0, Math.min(1, Math.max(0, weight))));
  }
  return ranges;
}

/**
 * Whether a client asks for a web page rather than JSON: it names `text/html` and does not
 * prefer JSON to it. A browser (`text/html,…,*\/*;q=0.8`) gets HTML; `curl` (`*\/*`), a script
 * that sends no Accept or asks for `application/json` gets JSON, the default.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = mediaRanges(accept);
  const html = ranges.get('text/html') ?? 0;
  const json = ranges.get('application/json') ?? 0;
  const wildcard = Math.max(ranges.get('application/*') ?? 0, ranges.get('*/*') ?? 0);
  return html > 0 && html > json && html >= wildcard;
}

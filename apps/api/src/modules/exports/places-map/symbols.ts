import type { PlaceKind } from '@jointops/domain';

/** SVG text and attribute values: the five characters XML reserves. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** One decimal place in SVG units: a tenth of a unit is far below what the printed page resolves. */
export const r1 = (value: number): string => String(Math.round(value * 10) / 10);

const OUTLINE = 'stroke="#1b1b1b" stroke-width="1.6"';

/**
 * Each kind of point has its own shape (and a colour as well, for screens): the page may be
 * printed in black and white, so the shape carries the meaning. Drawn centred on 0,0.
 */
const SHAPES: Record<Exclude<PlaceKind, 'ROUTE'>, string> = {
  COMMAND_POST: `<rect x="-9" y="-9" width="18" height="18" fill="#1a4480" ${OUTLINE}/>`,
  STAGING_AREA: `<circle cx="0" cy="0" r="9.5" fill="#00a91c" ${OUTLINE}/>`,
  CHECKPOINT: `<path d="M0,-12L10.5,7L-10.5,7Z" fill="#e5a000" ${OUTLINE}/>`,
  INSPECTION_SITE: `<path d="M0,-12L12,0L0,12L-12,0Z" fill="#8168b3" ${OUTLINE}/>`,
  HOLDING_FACILITY: `<path d="M0,12L10.5,-7L-10.5,-7Z" fill="#71767a" ${OUTLINE}/>`,
  MEDICAL: `<path d="M-3.5,-11H3.5V-3.5H11V3.5H3.5V11H-3.5V3.5H-11V-3.5H-3.5Z" fill="#d83933" ${OUTLINE}/>`,
  OTHER: `<circle cx="0" cy="0" r="9" fill="#ffffff" stroke="#1b1b1b" stroke-width="2.4"/><circle cx="0" cy="0" r="3" fill="#1b1b1b"/>`,
};

/** A route: a dark line on a white casing, so it stands out over county lines in colour or not. */
export const ROUTE_CASING = 'fill="none" stroke="#ffffff" stroke-width="8" stroke-linejoin="round" stroke-linecap="round"';
export const ROUTE_LINE = 'fill="none" stroke="#162e51" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"';

/** The marker of a point of `kind`, at x, y (SVG units); a place's carries its number in data-place. */
export function marker(kind: string, x: number, y: number, number?: number): string {
  const shape = SHAPES[kind as keyof typeof SHAPES] ?? SHAPES.OTHER;
  return `<g${number ? ` data-place="${number}"` : ''} transform="translate(${r1(x)},${r1(y)})">${shape}</g>`;
}

/** The legend's sample of a kind: its marker, or a short stretch of route. */
export function legendSymbol(kind: string, x: number, y: number): string {
  if (kind !== 'ROUTE') return marker(kind, x, y);
  const d = `M${r1(x - 13)},${r1(y + 5)}L${r1(x)},${r1(y - 5)}L${r1(x + 13)},${r1(y + 3)}`;
  return `<path d="${d}" ${ROUTE_CASING}/><path d="${d}" ${ROUTE_LINE}/>`;
}

/** A box on the map, in SVG units. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const BADGE_HEIGHT = 19;
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * Where a place's number goes: up and to the right of its marker (or a route's start), or, when an
 * earlier number is already there (two places at one spot), the first free spot around it.
 */
export function badgeBox(number: number, x: number, y: number, taken: readonly Box[]): Box {
  const width = 8 + 8 * String(number).length;
  const candidates = [
    [x + 10, y - 28],
    [x + 10, y + 9],
    [x - 10 - width, y - 28],
    [x - 10 - width, y + 9],
    [x + 10, y - 50],
    [x + 10, y + 31],
  ] as const;
  const boxes = candidates.map(([left, top]) => ({ left, top, width, height: BADGE_HEIGHT }));
  return boxes.find((box) => !taken.some((other) => overlaps(box, other))) ?? boxes[0]!;
}

/** A place's number in a white box with a dark border. */
export function numberBadge(number: number, { left, top, width }: Box): string {
  return (
    `<rect x="${r1(left)}" y="${r1(top)}" width="${width}" height="${BADGE_HEIGHT}" rx="3" fill="#ffffff" stroke="#1b1b1b" stroke-width="1.2"/>` +
    `<text x="${r1(left + width / 2)}" y="${r1(top + 14.5)}" font-family="Roboto" font-size="14" font-weight="bold" text-anchor="middle" fill="#1b1b1b">${number}</text>`
  );
}

/** Low to high: warm for low scores, the brand teal for high ones. Matches .band-swatch-N in insights.css. */
export const BAND_COLOURS = ['#d9822b', '#f2c46d', '#8cc2bd', '#0b5c63', '#07454b', '#5b3a8c'] as const;
/** Text on each band's colour with at least 4.5:1 contrast. */
export const BAND_TEXT = ['#1b2427', '#1b2427', '#1b2427', '#ffffff', '#ffffff', '#ffffff'] as const;

export function bandColour(index: number): string {
  return BAND_COLOURS[index % BAND_COLOURS.length] ?? '#0b5c63';
}

export function bandText(index: number): string {
  return BAND_TEXT[index % BAND_TEXT.length] ?? '#ffffff';
}

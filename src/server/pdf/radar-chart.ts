import { printable, type PdfDoc } from './pdf-document';

/**
 * A radar (spider) chart drawn with vector paths, so it stays sharp in print. One axis per scale,
 * rings at every whole point of the answer scale, the scores as a filled polygon; a scale without
 * a score is left out of the polygon and marked "–" at its label.
 */

export interface RadarInput {
  min: number;
  max: number;
  axes: { label: string; value: number | null }[];
  /** The decimal mark of the reader's language. */
  decimal: ',' | '.';
}

const point = (cx: number, cy: number, radius: number, index: number, count: number) => {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle };
};

export function drawRadar(doc: PdfDoc, box: { x: number; y: number; size: number }, input: RadarInput): void {
  const count = input.axes.length;
  if (count < 3) return;
  const labelSpace = 70;
  const radius = box.size / 2 - labelSpace / 2 - 6;
  const cx = box.x + box.size / 2;
  const cy = box.y + box.size / 2;
  const span = input.max - input.min;
  const scaled = (v: number) => (radius * (Math.min(Math.max(v, input.min), input.max) - input.min)) / span;

  doc.save();
  for (let step = 1; step <= span; step++) {
    const r = (radius * step) / span;
    const first = point(cx, cy, r, 0, count);
    doc.moveTo(first.x, first.y);
    for (let i = 1; i < count; i++) {
      const p = point(cx, cy, r, i, count);
      doc.lineTo(p.x, p.y);
    }
    doc.closePath().lineWidth(0.5).strokeColor('#c4c4c4').stroke();
    const ringLabel = point(cx, cy, r, 0, count);
    doc.font('Helvetica').fontSize(7).fillColor('#707070').text(String(input.min + step), ringLabel.x + 3, ringLabel.y - 4, { lineBreak: false });
  }
  for (let i = 0; i < count; i++) {
    const p = point(cx, cy, radius, i, count);
    doc.moveTo(cx, cy).lineTo(p.x, p.y).lineWidth(0.5).strokeColor('#a0a0a0').stroke();
  }

  const scored = input.axes.map((a, i) => ({ ...a, i })).filter((a) => a.value !== null);
  if (scored.length >= 2) {
    scored.forEach((a, n) => {
      const p = point(cx, cy, scaled(a.value ?? input.min), a.i, count);
      if (n === 0) doc.moveTo(p.x, p.y);
      else doc.lineTo(p.x, p.y);
    });
    doc.closePath().fillOpacity(0.25).fillAndStroke('#0b5c73', '#0b5c73');
    doc.fillOpacity(1).lineWidth(1.2);
    for (const a of scored) {
      const p = point(cx, cy, scaled(a.value ?? input.min), a.i, count);
      doc.circle(p.x, p.y, 2.2).fill('#0b5c73');
    }
  }

  doc.font('Helvetica').fontSize(8.5).fillColor('#1a1a1a');
  input.axes.forEach((a, i) => {
    const p = point(cx, cy, radius + 10, i, count);
    const text = printable(`${a.label} (${a.value === null ? '–' : a.value.toFixed(1).replace('.', input.decimal)})`);
    const width = labelSpace + 10;
    const cos = Math.cos(p.angle);
    const x = Math.abs(cos) < 0.2 ? p.x - width / 2 : cos > 0 ? p.x : p.x - width;
    const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
    const height = doc.heightOfString(text, { width });
    const y = Math.sin(p.angle) < -0.5 ? p.y - height : Math.sin(p.angle) > 0.5 ? p.y : p.y - height / 2;
    doc.text(text, x, y, { width, align });
  });
  doc.restore();
}

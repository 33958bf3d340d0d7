
/**
 * A printable A4 document with the house style: margins that survive a printer, a clear heading
 * hierarchy, simple tables and "page x of y" in the footer. Built on pdfkit's Helvetica, whose
 * encoding covers Dutch (é, ë, ï, ĳ as ij); other characters are replaced rather than lost silently.
 */

export type PdfDoc = PDFKit.PDFDocument;

export const A4_MARGIN = 56; // 2 cm
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#0b5c73';

// Characters the built-in fonts can draw (WinAnsi): Latin-1 plus a few typographic marks.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the built-in fonts can render: ligature ĳ as ij, other unknown characters as their base letter or "?". */
export function printable(text: string): string {
  return Array.from(text.normalize('NFC').replace(/\u0133/g, 'ij').replace(/\u0132/g, 'IJ'))
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      if (c === '\n' || c === '\t' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) return c;
      const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return base.length === 1 && (base.codePointAt(0) ?? 0) <= 0xff ? base : '?';
    })
    .join('');
}

export interface PdfOptions {
  title: string;
  author?: string;
  language: 'nl' | 'en';
  /** Left part of the footer, e.g. the student's name and the date. */
  footer: string;
}

export class PdfDocument {
  readonly doc: PdfDoc;
  private readonly options: PdfOptions;
  private readonly done: Promise<Buffer>;

  /** pdfkit (with its font metrics) is loaded with the first document, not when the server starts. */
  static async create(options: PdfOptions): Promise<PdfDocument> {
    const { default: PDFKitDocument } = await import('pdfkit');
    return new PdfDocument(options, PDFKitDocument);
  }

  private constructor(options: PdfOptions, PDFKitDocument: typeof import('pdfkit')) {
    this.options = options;
    this.doc = new PDFKitDocument({
      size: 'A4',
      margins: { top: A4_MARGIN, bottom: A4_MARGIN + 14, left: A4_MARGIN, right: A4_MARGIN },
      bufferPages: true,
      lang: options.language === 'nl' ? 'nl-NL' : 'en-GB',
      displayTitle: true,
      info: { Title: printable(options.title), Author: printable(options.author ?? ''), Creator: 'Koers' },
    });
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font(FONT).fontSize(10.5).fillColor(INK);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  /** Starts a new page when less than `height` points are left, so a block is not split awkwardly. */
  keepSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  title(text: string, subtitle?: string): void {
    this.doc.font(BOLD).fontSize(22).fillColor(ACCENT).text(printable(text), this.left, this.doc.y, { width: this.width });
    if (subtitle) this.doc.moveDown(0.2).font(FONT).fontSize(11).fillColor(MUTED).text(printable(subtitle), { width: this.width });
    this.doc.moveDown(1).fillColor(INK);
  }

  heading(text: string, level: 1 | 2 | 3 = 1): void {
    const size = level === 1 ? 15 : level === 2 ? 12.5 : 11;
    this.keepSpace(size * 4);
    this.doc.moveDown(level === 1 ? 0.8 : 0.5);
    this.doc.font(BOLD).fontSize(size).fillColor(level === 1 ? ACCENT : INK).text(printable(text), this.left, this.doc.y, { width: this.width });
    if (level === 1) {
      const y = this.doc.y + 2;
      this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor(ACCENT).stroke();
      this.doc.moveDown(0.4);
    } else this.doc.moveDown(0.2);
    this.doc.font(FONT).fontSize(10.5).fillColor(INK);
  }

  paragraph(text: string, options: { muted?: boolean; label?: string } = {}): void {
    if (options.label) {
      this.keepSpace(30);
      this.doc.font(BOLD).fontSize(10).fillColor(MUTED).text(printable(options.label), this.left, this.doc.y, { width: this.width });
    }
    this.doc.font(FONT).fontSize(10.5).fillColor(options.muted ? MUTED : INK).text(printable(text), this.left, this.doc.y, { width: this.width, lineGap: 2 });
    this.doc.moveDown(0.5).fillColor(INK);
  }

  /** A table with a header row repeated on every page; widths are fractions of the text width. */
  table(columns: { label: string; width: number }[], rows: string[][]): void {
    const widths = columns.map((c) => c.width * this.width);
    const pad = 4;
    const rowHeight = (cells: string[], bold: boolean) => {
      this.doc.font(bold ? BOLD : FONT).fontSize(9.5);
      return Math.max(...cells.map((cell, i) => this.doc.heightOfString(printable(cell), { width: (widths[i] ?? 0) - 2 * pad }))) + 2 * pad;
    };
    const drawRow = (cells: string[], bold: boolean) => {
      const height = rowHeight(cells, bold);
      const top = this.doc.y;
      if (bold) this.doc.rect(this.left, top, this.width, height).fillColor('#e8f0f2').fill();
      let x = this.left;
      cells.forEach((cell, i) => {
        this.doc.font(bold ? BOLD : FONT).fontSize(9.5).fillColor(INK).text(printable(cell), x + pad, top + pad, { width: (widths[i] ?? 0) - 2 * pad });
        x += widths[i] ?? 0;
      });
      this.doc.moveTo(this.left, top + height).lineTo(this.left + this.width, top + height).lineWidth(0.4).strokeColor('#b0b0b0').stroke();
      this.doc.x = this.left;
      this.doc.y = top + height;
    };
    const header = columns.map((c) => c.label);
    this.keepSpace(rowHeight(header, true) * 2);
    drawRow(header, true);
    for (const row of rows) {
      if (this.doc.y + rowHeight(row, false) > this.doc.page.height - this.doc.page.margins.bottom) {
        this.doc.addPage();
        drawRow(header, true);
      }
      drawRow(row, false);
    }
    this.doc.moveDown(0.8);
  }

  /** Footer on every page, then the finished PDF. */
  async finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      const y = this.doc.page.height - bottom + 18;
      // Writing inside the bottom margin must not trigger a page break.
      this.doc.page.margins.bottom = 0;
      const pageText = this.options.language === 'nl' ? `Pagina ${i + 1} van ${range.count}` : `Page ${i + 1} of ${range.count}`;
      this.doc.font(FONT).fontSize(8.5).fillColor(MUTED);
      this.doc.text(printable(this.options.footer), this.left, y, { width: this.width * 0.7, lineBreak: false });
      this.doc.text(pageText, this.left, y, { width: this.width, align: 'right', lineBreak: false });
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return this.done;
  }
}

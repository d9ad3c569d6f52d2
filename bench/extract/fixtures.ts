// Generates the benchmark's inputs: a long text PDF and a 300 dpi scan. Nothing big is committed.
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const WORDS = ('load-in soundcheck doors curfew promoter venue stage backline monitor catering hotel '
  + 'rooms parking nightliner guarantee deposit invoice settlement merchandise rider hospitality '
  + 'production manager lighting rigging power supply wireless frequencies security dressing').split(' ');

function sentence(seed: number, words: number): string {
  return Array.from({ length: words }, (_, i) => WORDS[(seed * 31 + i * 17) % WORDS.length]).join(' ');
}

/** A handbook-like PDF: per page a heading, 40 lines of prose and a small table. */
export async function textPdf(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Section ${p + 1}: Venue operations`, { x: 50, y: 790, size: 15, font: bold });
    for (let line = 0; line < 40; line++) {
      page.drawText(sentence(p * 40 + line, 11), { x: 50, y: 760 - line * 14, size: 10, font });
    }
    for (let row = 0; row < 6; row++) {
      const y = 170 - row * 14;
      page.drawText(`${10 + row}:00`, { x: 50, y, size: 10, font });
      page.drawText(WORDS[(p + row) % WORDS.length]!, { x: 130, y, size: 10, font });
      page.drawText(`Room ${row + 1}`, { x: 300, y, size: 10, font });
    }
    page.drawText(`Page ${p + 1} of ${pages}`, { x: 270, y: 40, size: 9, font });
  }
  return Buffer.from(await pdf.save());
}

/** A scanned document: each page an A4 image at 300 dpi (2480 × 3508 px) of typed text. */
export async function scanPdf(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let p = 0; p < pages; p++) {
    const canvas = createCanvas(2480, 3508);
    const context = canvas.getContext('2d');
    context.fillStyle = '#f4f2ec';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.fillStyle = '#1a1a1a';
    context.font = 'bold 64px sans-serif';
    context.fillText(`PERFORMANCE AGREEMENT ${p + 1}`, 200, 300);
    context.font = '42px sans-serif';
    for (let line = 0; line < 45; line++) context.fillText(sentence(p * 45 + line, 9), 200, 460 + line * 64);
    const image = await pdf.embedJpg(canvas.toBuffer('image/jpeg', 85));
    pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return Buffer.from(await pdf.save());
}

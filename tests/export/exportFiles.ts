import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/** Writes `bytes` to a temporary file and returns its path (for poppler). */
export function tempFile(bytes: Buffer, name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iap-export-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** One file out of a ZIP (a DOCX is one), as UTF-8 text: stored or deflated, as Word files are. */
export function unzipEntry(zip: Buffer, entry: string): string {
  const found = zipEntries(zip).find((candidate) => candidate.name === entry);
  if (!found) throw new Error(`no ${entry} in the ZIP`);
  const nameLength = zip.readUInt16LE(found.localHeaderOffset + 26);
  const extraLength = zip.readUInt16LE(found.localHeaderOffset + 28);
  const start = found.localHeaderOffset + 30 + nameLength + extraLength;
  const data = zip.subarray(start, start + found.compressedSize);
  return (found.method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
}

/** The text of a PDF as poppler's pdftotext reads it, in reading order. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', tempFile(pdf, 'plan.pdf'), '-'], { encoding: 'utf8' });
}

/** Each page's size in points, as pdfinfo reports it. */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', tempFile(pdf, 'plan.pdf')], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

/**
 * The entries of a ZIP's central directory with their UTF-8 flag (general purpose bit 11),
 * read from the bytes so the test sees what an unzip tool sees, not what a library guesses.
 */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const flags = zip.readUInt16LE(offset + 8);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      name: zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'),
      utf8Flag: (flags & 0x0800) !== 0,
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

interface ZipEntry {
  name: string;
  utf8Flag: boolean;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

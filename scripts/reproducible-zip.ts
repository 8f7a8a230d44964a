/**
 * Makes a zip written by `wxt zip` reproducible: the same files give the same bytes.
 *
 * WXT (through JSZip) stamps every entry with the time of zipping and adds files in the order
 * the file system lists them. This rewrites the archive in place with the entries sorted by
 * name and every timestamp set to 1980-01-01 00:00 (the earliest a zip can hold). The
 * compressed data is copied unchanged. Used from wxt.config.ts (`zip:*:done` hooks).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
/** MS-DOS date 1980-01-01 (day 1, month 1, year 0 from 1980) and time 00:00:00. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

interface Entry {
  name: string;
  central: Buffer;
  local: Buffer;
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) return i;
  }
  throw new Error('not a zip file (no end of central directory)');
}

function readEntries(zip: Buffer): { entries: Entry[]; comment: Buffer } {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const commentLength = zip.readUInt16LE(eocd + 20);
  if (count === 0xffff || zip.readUInt32LE(eocd + 16) === 0xffffffff)
    throw new Error('zip64 is not supported');
  let at = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory entry at ${at}`);
    const flags = zip.readUInt16LE(at + 8);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const centralLength = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const central = Buffer.from(zip.subarray(at, at + centralLength));
    const name = central.subarray(46, 46 + nameLength).toString('utf8');

    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`bad local header for ${name}`);
    const localHeaderLength = 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    let end = localOffset + localHeaderLength + compressedSize;
    if (flags & 0x08) end += zip.readUInt32LE(end) === DESCRIPTOR ? 16 : 12;
    const local = Buffer.from(zip.subarray(localOffset, end));

    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    entries.push({ name, central, local });
    at += centralLength;
  }
  return { entries, comment: Buffer.from(zip.subarray(eocd + 22, eocd + 22 + commentLength)) };
}

/** Rewrites the zip at `path` with sorted entries and fixed timestamps. */
export function makeZipReproducible(path: string): void {
  const { entries, comment } = readEntries(readFileSync(path));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    entry.central.writeUInt32LE(offset, 42);
    parts.push(entry.local);
    offset += entry.local.length;
  }
  const centralStart = offset;
  for (const entry of entries) {
    parts.push(entry.central);
    offset += entry.central.length;
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(EOCD, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(offset - centralStart, 12);
  eocd.writeUInt32LE(centralStart, 16);
  eocd.writeUInt16LE(comment.length, 20);
  writeFileSync(path, Buffer.concat([...parts, eocd, comment]));
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, STREAM_PAUSE } from './server';

export interface Fixture {
  id: string;
  kind: 'banner' | 'clean';
  title: string;
  platform?: string;
  /** What the popup must name the removal, where it is not the platform (a platform only the detector finds). */
  label?: string;
  /**
   * Painted frames allowed with the banner on screen. 0 unless the fixture says otherwise, and
   * then `maxFramesReason` must say why 0 is physically impossible there.
   */
  maxFrames?: number;
  maxFramesReason?: string;
  /**
   * Set (to the reason) where the banner is in the page's HTML and only the detector finds it:
   * the detector's script runs at document end, and a browser may paint a document while it is
   * still parsing it or loading its document-end scripts. Frames painted before DOMContentLoaded
   * are then allowed; after it, `maxFrames` (0 by default).
   */
  mayPaintWhileParsing?: string;
  banner?: string[];
  content?: string[];
  keep?: string[];
  scrollLocked?: boolean;
  lang?: string;
  /** A page shorter than the viewport on purpose (where the page ends is what it tests); the dev checker allows it. */
  shortPage?: boolean;
  /** Set by the loader: the page is served in pieces (its HTML has STREAM_PAUSE), to be painted while it parses. */
  streamed?: boolean;
}

/** Checks what a fixture declares, so a typo cannot turn a check off. */
function validated(group: string, id: string, fixture: Fixture): Fixture {
  const where = `${group}/${id}/fixture.json`;
  if (fixture.id !== id) throw new Error(`${where}: id "${fixture.id}" is not the folder's name`);
  if (fixture.kind !== 'banner' && fixture.kind !== 'clean')
    throw new Error(`${where}: kind must be banner|clean`);
  if (fixture.kind === 'banner' && !fixture.banner?.length)
    throw new Error(`${where}: a banner fixture names its banner`);
  if (fixture.maxFrames !== undefined) {
    if (!Number.isInteger(fixture.maxFrames) || fixture.maxFrames < 0)
      throw new Error(`${where}: maxFrames must be a whole number`);
    if (fixture.maxFrames > 0 && !fixture.maxFramesReason?.trim())
      throw new Error(`${where}: maxFrames > 0 needs maxFramesReason (why 0 is impossible here)`);
  }
  if (fixture.mayPaintWhileParsing !== undefined && !fixture.mayPaintWhileParsing.trim())
    throw new Error(`${where}: mayPaintWhileParsing must give the reason`);
  return fixture;
}

/** Every fixture of a group (tests/fixtures/<group>/<id>/fixture.json); throws when there is none. */
export function loadFixtures(group: string): Fixture[] {
  const dir = join(FIXTURES, group);
  if (!existsSync(dir)) throw new Error(`no fixture folder ${dir}`);
  const fixtures = readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'fixture.json')))
    .sort()
    .map((id) => loadFixture(group, id));
  if (!fixtures.length) throw new Error(`no fixture in ${dir}`);
  return fixtures;
}

export function loadFixture(group: string, id: string): Fixture {
  const raw = JSON.parse(readFileSync(join(FIXTURES, group, id, 'fixture.json'), 'utf8')) as Fixture;
  const page = join(FIXTURES, group, id, 'index.html');
  const streamed = existsSync(page) && readFileSync(page, 'utf8').includes(STREAM_PAUSE);
  return { ...validated(group, id, raw), streamed };
}

/**
 * Checks painted banner frames against the fixture's own limits (0 unless its metadata says
 * why not); returns what is wrong, or nothing.
 */
export function frameProblems(
  fixture: Fixture,
  painted: { whileParsing: number; afterParsing: number; log?: string[] },
): string[] {
  const limit = fixture.maxFrames ?? 0;
  const counted = painted.afterParsing + (fixture.mayPaintWhileParsing ? 0 : painted.whileParsing);
  if (counted <= limit) return [];
  return [
    `banner painted in ${painted.afterParsing} frame(s) after DOMContentLoaded and ${painted.whileParsing} before; ` +
      `allowed: ${limit}${fixture.mayPaintWhileParsing ? ' after DOMContentLoaded, any before' : ' in all'} ` +
      `(${(painted.log ?? []).join(', ')})`,
  ];
}

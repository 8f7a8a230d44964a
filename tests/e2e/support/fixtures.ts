import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './server';

export interface Fixture {
  id: string;
  kind: 'banner' | 'clean';
  title: string;
  platform?: string;
  /** What the popup must name the removal, where it is not the platform (a platform only the detector finds). */
  label?: string;
  /** Detector fixtures: how many painted frames are unavoidable (default 2). */
  maxFrames?: number;
  banner?: string[];
  content?: string[];
  keep?: string[];
  scrollLocked?: boolean;
  settleMs?: number;
  lang?: string;
}

/** Every fixture of a group (tests/fixtures/<group>/<id>/fixture.json). */
export function loadFixtures(group: string): Fixture[] {
  const dir = join(FIXTURES, group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'fixture.json')))
    .sort()
    .map((id) => JSON.parse(readFileSync(join(dir, id, 'fixture.json'), 'utf8')) as Fixture);
}

export function loadFixture(group: string, id: string): Fixture {
  return JSON.parse(readFileSync(join(FIXTURES, group, id, 'fixture.json'), 'utf8')) as Fixture;
}

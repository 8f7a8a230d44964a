import { describe, expect, it } from 'vitest';
import { checkSelectorSyntax } from '@/lib/rules/check-user-selector';
import {
  EXPORT_SCHEMA,
  IMPORT_MAX_BYTES,
  parseSettingsFile,
  serialiseSettingsFile,
  settingsFileName,
} from '@/lib/settings/transfer';
import type { Settings } from '@/lib/settings/types';

const settings: Settings = {
  enabled: true,
  sites: {
    'example.com': { enabled: false, hide: [], allow: [], changed: 1_700_000_000_000 },
    'news.co.uk': {
      enabled: true,
      hide: ['#promo', '.newsletter-popup'],
      allow: ['rule:didomi', 'div#keep'],
    },
  },
};
const file = (body: Record<string, unknown>) =>
  JSON.stringify({ app: 'unbanner', schema: 1, exportedAt: '2026-01-01T00:00:00.000Z', ...body });
const check = (s: string) => checkSelectorSyntax(document, s).ok;

describe('export', () => {
  it('writes the app, schema, time and settings', () => {
    const now = new Date('2026-03-14T10:00:00Z');
    const data = JSON.parse(serialiseSettingsFile(settings, now));
    expect(data).toEqual({ app: 'unbanner', schema: EXPORT_SCHEMA, exportedAt: now.toISOString(), settings });
  });

  it('names the file after the day', () => {
    expect(settingsFileName(new Date(2026, 2, 4))).toBe('unbanner-settings-2026-03-04.json');
  });

  it('round-trips through import', () => {
    const result = parseSettingsFile(serialiseSettingsFile(settings), { checkSelector: check });
    expect(result).toEqual({ ok: true, settings, sites: 2 });
  });
});

describe('import refuses', () => {
  const problem = (text: string) => {
    const r = parseSettingsFile(text, { checkSelector: check });
    return r.ok ? null : r.problem;
  };

  it('files over 1 MB, before parsing them', () => {
    const big = file({ settings: { enabled: true, sites: {} }, padding: 'x'.repeat(IMPORT_MAX_BYTES) });
    expect(problem(big)).toMatchObject({ code: 'too-large' });
    // Bytes, not characters: 400 000 Chinese characters are 1.2 MB.
    expect(problem('中'.repeat(400_000))).toMatchObject({ code: 'too-large', bytes: 1_200_000 });
  });

  it('empty files and files that are not JSON', () => {
    expect(problem('')).toEqual({ code: 'empty' });
    expect(problem('  \n')).toEqual({ code: 'empty' });
    expect(problem('{"app": "unbanner",')).toEqual({ code: 'not-json' });
    expect(problem('<html></html>')).toEqual({ code: 'not-json' });
  });

  it('JSON that is not an Unbanner settings file', () => {
    expect(problem('[]')).toEqual({ code: 'not-unbanner' });
    expect(problem('{"enabled": true, "sites": {}}')).toEqual({ code: 'not-unbanner' });
    expect(problem(JSON.stringify({ app: 'other', schema: 1, settings }))).toEqual({ code: 'not-unbanner' });
  });

  it('a missing or invalid schema, and a newer one', () => {
    expect(problem(JSON.stringify({ app: 'unbanner', settings }))).toEqual({ code: 'bad-schema' });
    expect(problem(file({ schema: '1', settings }))).toEqual({ code: 'bad-schema' });
    expect(problem(file({ schema: 1.5, settings }))).toEqual({ code: 'bad-schema' });
    expect(problem(file({ schema: 2, settings }))).toEqual({ code: 'newer-schema', schema: 2 });
  });

  it('damaged settings, naming the part', () => {
    expect(problem(file({}))).toEqual({ code: 'malformed', path: 'settings', expected: 'object' });
    expect(problem(file({ settings: { enabled: 'yes', sites: {} } }))).toMatchObject({
      path: 'settings.enabled',
    });
    expect(problem(file({ settings: { enabled: true, sites: [] } }))).toMatchObject({
      path: 'settings.sites',
    });
    expect(
      problem(
        file({ settings: { enabled: true, sites: { 'bad key!': { enabled: true, hide: [], allow: [] } } } }),
      ),
    ).toEqual({ code: 'malformed', path: 'settings.sites["bad key!"]', expected: 'site-name' });
    expect(
      problem(
        file({ settings: { enabled: true, sites: { 'a.com': { enabled: true, hide: '#x', allow: [] } } } }),
      ),
    ).toMatchObject({ path: 'settings.sites["a.com"].hide', expected: 'list' });
    expect(
      problem(
        file({
          settings: { enabled: true, sites: { 'a.com': { enabled: true, hide: ['#ok', 5], allow: [] } } },
        }),
      ),
    ).toMatchObject({ path: 'settings.sites["a.com"].hide[1]', expected: 'text' });
    expect(
      problem(file({ settings: { enabled: true, sites: { 'a.com': { enabled: 1, hide: [], allow: [] } } } })),
    ).toMatchObject({ path: 'settings.sites["a.com"].enabled', expected: 'boolean' });
  });

  it('hide rules that are not valid selectors or hide the whole page', () => {
    for (const bad of ['div[', 'body', 'html, .x', '*']) {
      expect(
        problem(
          file({
            settings: { enabled: true, sites: { 'a.com': { enabled: true, hide: [bad], allow: [] } } },
          }),
        ),
      ).toMatchObject({ code: 'malformed', expected: 'selector' });
    }
  });
});

describe('import accepts', () => {
  it('a file with a byte-order mark, and drops sites that hold only defaults', () => {
    const text = `\uFEFF${file({
      settings: {
        enabled: false,
        sites: {
          'Example.COM': { enabled: false, hide: [], allow: [] },
          'idle.org': { enabled: true, hide: [], allow: [] },
        },
      },
    })}`;
    expect(parseSettingsFile(text)).toEqual({
      ok: true,
      sites: 1,
      settings: { enabled: false, sites: { 'example.com': { enabled: false, hide: [], allow: [] } } },
    });
  });

  it('an older schema-1 file with fields it does not know', () => {
    const result = parseSettingsFile(
      file({ note: 'hi', settings: { enabled: true, sites: {}, theme: 'dark' } }),
    );
    expect(result).toEqual({ ok: true, sites: 0, settings: { enabled: true, sites: {} } });
  });
});

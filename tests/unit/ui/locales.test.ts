import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { CLEANUP_CODES, codeMessageKeys, SELECTOR_PROBLEM_CODES, SIGNAL_CODES } from '@/lib/codes';
import { describeCleanups, describeSelectorProblem, describeSignal } from '@/utils/ui/describe';
import type { Subs } from '@/utils/ui/i18n';

const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES = join(ROOT, 'locales');

type Parsed = Awaited<ReturnType<typeof parseMessagesFile>>;
async function messages(locale: string): Promise<Map<string, string>> {
  const parsed: Parsed = await parseMessagesFile(join(LOCALES, `${locale}.yml`));
  return new Map(
    parsed
      .filter((m) => !m.key[0]?.startsWith('@@'))
      .map((m) => [m.key.join('_'), m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.message]),
  );
}
const placeholders = (text: string) => [...new Set(text.match(/\{[a-z]+\}|\$\d/gi) ?? [])].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|html)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('locales', () => {
  it('has English, Simplified Chinese, German and French', () => {
    expect(readdirSync(LOCALES).sort()).toEqual(['de.yml', 'en.yml', 'fr.yml', 'zh_CN.yml']);
  });

  it('keeps the English switch label saying "this site"', async () => {
    expect((await messages('en')).get('siteSwitchLabel')).toContain('this site');
  });

  for (const locale of ['zh_CN', 'de', 'fr']) {
    it(`${locale} has every English message, with the same placeholders`, async () => {
      const en = await messages('en');
      const other = await messages(locale);
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(placeholders(other.get(key) ?? ''), `${locale}: ${key}`).toEqual(placeholders(text));
      }
    });
  }

  it('has a message for every key the popup, the options page and their shared parts use', async () => {
    const en = await messages('en');
    const used = new Set<string>();
    const files = [
      ...sourceFiles(join(ROOT, 'entrypoints/popup')),
      ...sourceFiles(join(ROOT, 'entrypoints/options')),
      ...sourceFiles(join(ROOT, 'utils/ui')),
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z_]+)"/g)) used.add(m[1] as string);
    }
    // Keys built from values: the import checker's expectations (the codes of lib/ have their own test).
    for (const what of ['object', 'boolean', 'list', 'text', 'site_name', 'selector', 'time', 'fewer']) {
      used.add(`expected_${what}`);
    }
    expect(used.size).toBeGreaterThan(80);
    const missing = [...used].filter((k) => !en.has(k));
    expect(missing).toEqual([]);
  });

  for (const locale of ['en', 'zh_CN', 'de', 'fr']) {
    it(`${locale} words every code lib/ returns (signals, layouts, clean-ups, selector problems)`, async () => {
      const keys = codeMessageKeys();
      expect(keys.length).toBeGreaterThan(30);
      const have = await messages(locale);
      expect(keys.filter((k) => !have.get(k))).toEqual([]);
    });
  }

  for (const locale of ['en', 'zh_CN', 'de', 'fr']) {
    it(`${locale} fills every placeholder of every signal, clean-up and selector problem`, async () => {
      const have = await messages(locale);
      const t = (key: string, subs?: Subs) =>
        (have.get(key) ?? key).replace(/\{([a-z]+)\}/gi, (m, name: string) =>
          subs && name in subs ? String(subs[name]) : m,
        );
      const evidence: Record<string, string[]> = {
        layout: ['bottom-bar', 'fixed', '18'],
        'category-switches': ['3'],
        'text-fields': ['2'],
        'long-text': ['4000'],
      };
      const worded = [
        ...SIGNAL_CODES.map((code) =>
          describeSignal({ code, points: 1, evidence: evidence[code] ?? ['Accept all'] }, t),
        ),
        describeCleanups([...CLEANUP_CODES], t),
        ...SELECTOR_PROBLEM_CODES.map((code) => describeSelectorProblem({ code, limit: 500 }, 'div[', t)),
      ];
      expect(worded.filter((w) => /[{}]|signal_|cleanup_|rule_|layout_/.test(w))).toEqual([]);
    });
  }

  it('has the same English text in the HTML as in en.yml, so a page without messages still reads right', async () => {
    const en = await messages('en');
    for (const page of ['popup', 'options']) {
      const html = readFileSync(join(ROOT, `entrypoints/${page}/index.html`), 'utf8');
      for (const m of html.matchAll(/data-i18n="([A-Za-z_]+)"[^>]*>([^<]*)</g)) {
        const text = (m[2] as string).replace(/\s+/g, ' ').trim();
        expect(text, `${page}: ${m[1]}`).toBe(en.get(m[1] as string));
      }
    }
  });
});

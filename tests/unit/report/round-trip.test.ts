import { describe, expect, it } from 'vitest';
import { buildReport, parseReport } from '@/lib/report/report';
import { snapshotSubtree } from '@/lib/report/snapshot';
import { fixtureFromReport } from '@/lib/report/to-fixture';

const PAGE = `
  <main><h1>News</h1><p>Story</p></main>
  <div id="cmp" class="consent-box" style="position:fixed;bottom:0;left:0;right:0;z-index:50" onclick="steal()">
    <p>We use cookies to measure our audience.</p>
    <script>window.tracked = true;</script>
    <input type="email" value="me@example.com">
    <textarea>typed by the user</textarea>
    <a href="javascript:alert(1)">More</a>
    <my-widget></my-widget>
    <button type="button">Accept</button>
  </div>`;

function reportOf(kind: 'missed' | 'wrong-hide', includeUrl = false) {
  document.body.innerHTML = PAGE;
  const widget = document.querySelector('my-widget') as Element;
  const shadow = widget.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<span>Reject all</span>';
  const snapshot = snapshotSubtree(document.getElementById('cmp') as Element, window, (el) => el.shadowRoot);
  return buildReport({
    kind,
    version: '0.1.0',
    pageUrl: 'https://www.example.com/article?id=7',
    includeUrl,
    viewport: { width: 1280, height: 720 },
    lang: 'en',
    snapshot,
  });
}

describe('reports', () => {
  it('keep the markup but no scripts, handlers, form values or script URLs; shadow roots inlined', () => {
    const report = reportOf('missed');
    const markup = report.snapshot.markup;
    expect(markup).toContain('We use cookies to measure our audience.');
    expect(markup).not.toMatch(/script|onclick|steal|me@example\.com|typed by the user|javascript:/);
    expect(markup).toContain('<template shadowrootmode="open"><span');
    expect(markup).toContain('Reject all');
    expect(report.snapshot.elements[0]).toMatchObject({ tag: 'div', zIndex: expect.any(String) });
  });

  it('name the host, and the full URL only when asked', () => {
    expect(reportOf('missed').url).toBeUndefined();
    expect(reportOf('missed').host).toBe('www.example.com');
    expect(reportOf('missed', true).url).toBe('https://www.example.com/article?id=7');
  });

  it('round-trip: a report on a page gives a fixture page whose expected element is the reported one', () => {
    for (const kind of ['missed', 'wrong-hide'] as const) {
      const report = parseReport(JSON.parse(JSON.stringify(reportOf(kind))));
      expect(report).not.toBeNull();
      const made = fixtureFromReport(report as NonNullable<typeof report>);
      expect(made.id).toBe(`report-${kind}-example-com`);
      const expected = kind === 'missed' ? made.fixture.banner : made.fixture.keep;
      expect(made.fixture.kind).toBe(kind === 'missed' ? 'banner' : 'clean');
      // Load the fixture page and find what it expects: exactly the reported element, same text.
      document.documentElement.innerHTML = new DOMParser().parseFromString(
        made.html,
        'text/html',
      ).documentElement.innerHTML;
      const found = document.querySelectorAll((expected ?? [])[0] as string);
      expect(found).toHaveLength(1);
      expect(found[0]?.textContent).toContain('We use cookies to measure our audience.');
      expect(document.querySelector('main h1')).not.toBeNull();
    }
  });

  it('refuses what is not a report', () => {
    expect(parseReport({})).toBeNull();
    expect(
      parseReport({ unbannerReport: 1, kind: 'missed', host: 'a b', snapshot: { markup: '', elements: [] } }),
    ).toBeNull();
  });
});

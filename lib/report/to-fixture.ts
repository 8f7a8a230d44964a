import type { Report } from './report';

/** Where a fixture made from a report goes, and what it expects. */
export interface FixtureFromReport {
  /** Folder name under tests/fixtures/detector/. */
  id: string;
  html: string;
  fixture: {
    id: string;
    kind: 'banner' | 'clean';
    title: string;
    lang: string;
    banner?: string[];
    keep?: string[];
    content: string[];
  };
}

function fixtureId(report: Report): string {
  const host = report.host
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();
  return `report-${report.kind}-${host}`.replace(/-+$/, '').slice(0, 60);
}

/** Each element keeps the box it had: its recorded position, size, z-index and display. */
function layoutCss(report: Report): string {
  return report.snapshot.elements
    .map((e) => {
      const box =
        e.position === 'fixed' || e.position === 'absolute'
          ? `position:fixed;left:${e.left}px;top:${e.top}px;width:${e.width}px;height:${e.height}px;`
          : `position:${e.position};`;
      const z = e.zIndex === 'auto' ? '' : `z-index:${e.zIndex};`;
      return `[data-unbanner-report="${e.index}"]{display:${e.display};${box}${z}}`;
    })
    .join('\n');
}

/**
 * A fixture page from a report: the snapshot's markup over a page with enough text to
 * scroll, its recorded layout as a stylesheet, and the expected outcome: a missed banner must
 * be hidden, a wrong hide must stay.
 */
export function fixtureFromReport(report: Report): FixtureFromReport {
  const id = fixtureId(report);
  const root = '[data-unbanner-report="0"]';
  const missed = report.kind === 'missed';
  const title = missed
    ? `Reported by a user on ${report.host} (Unbanner ${report.version}): a banner Unbanner missed`
    : `Reported by a user on ${report.host} (Unbanner ${report.version}): not a banner, Unbanner hid it`;
  const lang = /^[a-zA-Z-]{2,12}$/.test(report.lang) ? report.lang : 'en';
  const html = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title.replace(/[<&]/g, '')}</title>
    <style>
      body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
      main { max-width: 680px; margin: 0 auto; padding: 16px; min-height: 200vh; }
${layoutCss(report)}
    </style>
  </head>
  <body>
    <main><h1>Page content</h1><p>The text of the page the report came from is not in the report; this stands in for it.</p></main>
    ${report.snapshot.markup}
  </body>
</html>
`;
  return {
    id,
    html,
    fixture: {
      id,
      kind: missed ? 'banner' : 'clean',
      title,
      lang,
      content: ['main h1'],
      ...(missed ? { banner: [root] } : { keep: [root] }),
    },
  };
}

import { describe, expect, it } from 'vitest';
import type { Placement } from '@/lib/detect/geometry';
import { judge } from '@/lib/detect/score';
import { collectSignals } from '@/lib/detect/signals';
import { THRESHOLDS } from '@/lib/detect/thresholds';
import { openShadowRoot } from '@/lib/detect/walk';

/** The score's rules for the banner classes of issue #10, on markup as sites write it. */
const bottomBar: Placement = {
  layout: 'bottom-bar',
  position: 'fixed',
  cover: 0.15,
  zIndex: 9000,
  width: 1280,
  height: 110,
  overlay: true,
};
const topOfPage: Placement = { ...bottomBar, layout: 'top-of-page-bar', position: 'static', overlay: false };

function verdict(html: string, placement = bottomBar) {
  document.body.innerHTML = html;
  const el = document.body.firstElementChild as Element;
  return judge(collectSignals(el, openShadowRoot), placement);
}

const codes = (v: ReturnType<typeof verdict>) => v.reasons.map((r) => r.code);

describe('notices with one button that is not a choice', () => {
  it('hides a notice whose one button is × when its sentences speak of cookies', () => {
    const v = verdict(
      '<div><p>This website uses cookies to give you the best experience. <a href="/cookie-policy">Cookie policy</a></p><button aria-label="Close">×</button></div>',
    );
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    expect(codes(v)).toContain('dismiss-button');
  });

  it('hides a notice whose one button is a bare icon', () => {
    const v = verdict(
      '<div><p>Ta strona korzysta z plików cookies w celach statystycznych. Szczegóły w <a href="/polityka-prywatnosci">polityce prywatności</a>.</p><button><svg></svg></button></div>',
    );
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
  });

  it('hides a notice with only a policy link when it says enough', () => {
    const v = verdict(
      '<div><p>Utilizamos cookies propias y de terceros para mostrarle publicidad personalizada según sus hábitos de navegación. Más información en nuestra <a href="/politica-de-cookies">política de cookies</a>.</p></div>',
    );
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
  });

  it('keeps a bar about something else with a close button', () => {
    const v = verdict(
      '<div><p>Breaking: storm warning along the coast tonight, ferries cancelled. <a href="/storm">Read more</a></p><button aria-label="Close">×</button></div>',
    );
    expect(v.hide).toBe(false);
  });
});

describe('choices given as links', () => {
  const cornerBox: Placement = { ...bottomBar, layout: 'corner-box', cover: 0.14, width: 488, height: 264 };

  it('takes a link named as accepting for that choice, wherever it leads (FT Origami style)', () => {
    const v = verdict(
      '<div role="dialog"><h2>Cookies on the FT</h2><p>We use <a href="https://help.example/cookies/">cookies</a> for a number of reasons, such as keeping our sites reliable and secure and to analyse how our sites are used.</p>' +
        '<a href="https://cookies.example/preferences">Manage cookies</a><a href="https://consent.example/record?redirect=/">Accept cookies</a></div>',
      cornerBox,
    );
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    expect(codes(v)).toContain('accept-button');
  });

  it('does not take a link to opt out, or to settings, for a choice: footers carry them', () => {
    document.body.innerHTML =
      '<div><p>We use cookies.</p><a href="/ccpa">Do not sell or share my personal information</a><a href="/cookies">Cookie settings</a></div>';
    const s = collectSignals(document.body.firstElementChild as Element, openShadowRoot);
    expect(s.buttons).toEqual({ accept: [], reject: [], settings: [], dismiss: [] });
  });
});

describe('returning visitors', () => {
  it('never hides a "Cookie settings" tab: it says nothing but its label', () => {
    const v = verdict('<div><button>Cookie settings</button></div>');
    expect(v.hide).toBe(false);
  });

  it('never hides a floating icon with a privacy label and a policy link', () => {
    const v = verdict(
      '<div><button aria-label="Cookie-Einstellungen ändern" title="Datenschutz-Einstellungen"><svg></svg></button><a href="/datenschutz">Datenschutzerklärung</a></div>',
    );
    expect(v.hide).toBe(false);
  });
});

describe('blocks in normal flow at the top of the page', () => {
  const gov =
    '<div><h2>Cookies on Apply for a fishing licence</h2><p>We use some essential cookies to make this service work.</p><p>We’d also like to use analytics cookies so we can understand how you use the service.</p><button>Accept analytics cookies</button><button>Reject analytics cookies</button><a href="/cookies">View cookies</a></div>';

  it('hides one that offers both accept and reject', () => {
    const v = verdict(gov, topOfPage);
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    expect(v.score).toBeGreaterThanOrEqual(THRESHOLDS.hideInFlowStrong);
  });

  it('hides one that only accepts but says twice over that it is about cookies', () => {
    const v = verdict(
      '<div><p>We use cookies to improve your reading experience. By continuing, you agree to our <a href="#">cookie policy</a>.</p><button>Agree</button></div>',
      topOfPage,
    );
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
  });

  it('hides a notice whose one button closes it, when it says more (edX-style)', () => {
    const v = verdict(
      '<div><button aria-label="Close">×</button><p>We and our partners use cookies and other tracking technologies for performance and analytics. Learn more in the <a href="/privacy">Privacy Policy</a>.</p></div>',
      topOfPage,
    );
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
  });

  it.each([
    [
      'a policy update with one word about cookies',
      '<div><p>We have updated our Privacy Policy and Cookie Policy.</p><button>×</button></div>',
    ],
    [
      'a notice with no policy and no privacy wording',
      '<div><p>Yes, we use cookies.</p><button>Got it</button></div>',
    ],
    [
      'a promo with any one button',
      '<div><p>Fresh cookies: we use cookie cutters from our own forge. <a href="/privacy">Privacy</a></p><button>Shop now</button></div>',
    ],
  ])('keeps %s', (_, html) => {
    expect(verdict(html, topOfPage).hide).toBe(false);
  });

  it('asks more of one that only accepts', () => {
    const v = verdict(gov.replace('<button>Reject analytics cookies</button>', ''), topOfPage);
    expect(v.score).toBeLessThan(THRESHOLDS.hideInFlow);
    expect(v.hide).toBe(false);
  });
});

describe('design-system components', () => {
  /** As Lit renders a button component: its label is slotted, between white space. */
  function defineButton(): void {
    if (customElements.get('ds-test-knop')) return;
    customElements.define(
      'ds-test-knop',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML =
            '\n  <button>\n    <span>\n      <slot></slot>\n    </span>\n  </button>\n';
        }
      },
    );
  }

  it("reads a component button's slotted label when its own text is only white space", () => {
    defineButton();
    document.body.innerHTML =
      '<div><p>We use cookies to measure the site and show ads.</p><ds-test-knop>\n  Accept all\n</ds-test-knop><ds-test-knop> Necessary only </ds-test-knop></div>';
    const s = collectSignals(document.body.firstElementChild as Element, openShadowRoot);
    expect(s.buttons.accept).toEqual(['Accept all']);
    expect(s.buttons.reject).toEqual(['Necessary only']);
    expect(s.otherButtons).toEqual([]);
  });

  it('does not read a closed dialog or an element marked hidden: they draw nothing', () => {
    document.body.innerHTML =
      '<div><dialog><article><h1>Manage preferences</h1><input type="checkbox"><input type="checkbox"><button>Save</button></article></dialog><p hidden>Sign in to your account</p><p>We use cookies to measure the site and show ads.</p><button>Accept all</button></div>';
    const s = collectSignals(document.body.firstElementChild as Element, openShadowRoot);
    expect(s.contentLandmarks).toBe(0);
    expect(s.switches).toBe(0);
    expect(s.otherButtons).toEqual([]);
    expect(s.text).not.toMatch(/Manage preferences|Sign in/);
  });

  it('reads a dialog that is open', () => {
    document.body.innerHTML =
      '<div><dialog open><p>We use cookies to measure the site.</p><button>Accept all</button></dialog></div>';
    const s = collectSignals(document.body.firstElementChild as Element, openShadowRoot);
    expect(s.buttons.accept).toEqual(['Accept all']);
  });
});

describe('consent implied by going on using the site', () => {
  it.each([
    [
      'it',
      '<div><p>Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito. Se continui ad utilizzare questo sito assumiamo che tu ne sia felice.</p><span role="button">OK</span></div>',
    ],
    [
      'fr',
      '<div><p>Ce site utilise des cookies. En poursuivant votre navigation, vous en acceptez l’utilisation.</p><button>OK</button></div>',
    ],
    [
      'de',
      '<div><p>Diese Website nutzt Cookies. Wenn Sie die Website weiterhin nutzen, gehen wir von Ihrem Einverständnis aus.</p><button>OK</button></div>',
    ],
    [
      'es',
      '<div><p>Esta web utiliza cookies. Si continúa navegando, consideramos que acepta su uso.</p><button>OK</button></div>',
    ],
  ])('hides a one-button notice that says so [%s]', (_, html) => {
    const v = verdict(html);
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
  });

  it('keeps a terms notice that says the same of its terms', () => {
    const v = verdict(
      '<div><p>We have updated our Terms of Service. If you continue to use this site, you accept the new terms.</p><button>OK</button></div>',
    );
    expect(v.hide).toBe(false);
  });
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Placement } from '@/lib/detect/geometry';
import { ALL_PHRASE_SETS } from '@/lib/detect/phrases';
import { judge } from '@/lib/detect/score';
import { collectSignals } from '@/lib/detect/signals';
import { openShadowRoot } from '@/lib/detect/walk';

// Unit tests compile the phrase tables on first use (the extension ships them precompiled): do it once
// before the first test, so that a loaded machine spends it in setup, not in whichever test comes first.
beforeAll(() => {
  collectSignals(
    overlay('cookie', ['accept', 'reject', 'settings', 'close'], 'privacy policy'),
    openShadowRoot,
  );
});

interface Snippets {
  lang: string;
  banners: string[];
  notBanners: string[];
  accept: string[];
  reject: string[];
  settings: string[];
  policy?: string[];
}

const dir = join(import.meta.dirname, 'snippets');
const languages: Snippets[] = await Promise.all(
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map(async (f) => (await import(`./snippets/${f}`)).default as Snippets),
);

const bottomBar: Placement = {
  layout: 'bottom-bar',
  position: 'fixed',
  cover: 0.2,
  zIndex: 9999,
  width: 1280,
  height: 140,
  overlay: true,
};
const inFlow: Placement = { ...bottomBar, layout: 'in-flow', position: 'static', overlay: false };

/** Builds an overlay the way sites do: text, then buttons, then a policy link. */
function overlay(text: string, buttons: string[], link?: string): HTMLElement {
  const el = document.createElement('div');
  const p = document.createElement('p');
  p.textContent = text;
  el.append(p);
  for (const label of buttons) {
    const b = document.createElement('button');
    b.textContent = label;
    el.append(b);
  }
  if (link) {
    const a = document.createElement('a');
    a.href = '/policy';
    a.textContent = link;
    el.append(a);
  }
  document.body.replaceChildren(el);
  return el;
}

function verdictFor(el: Element, placement = bottomBar) {
  return judge(collectSignals(el, openShadowRoot), placement);
}

describe.each(languages.map((l) => [l.lang, l] as const))('scoring in %s', (_, l) => {
  // The fallback ('und') knows the word "cookie" only, not the buttons: wording alone never hides.
  const banners = l.accept.length ? l.banners : [];
  it.each(banners.map((t) => [t.slice(0, 50), t]))('hides a bottom bar saying “%s…”', (_, text) => {
    const v = verdictFor(overlay(text, [l.accept[0] ?? '', l.reject[0] ?? ''], l.policy?.[0]));
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    expect(v.reasons.some((r) => r.code === 'consent-wording')).toBe(true);
  });

  it.each(l.notBanners.map((t) => [t.slice(0, 50), t]))(
    'keeps a bar saying “%s…” even with an OK button',
    (_, text) => {
      const v = verdictFor(overlay(text, [l.accept[0] ?? 'OK']));
      expect(v.hide, JSON.stringify(v.reasons)).toBe(false);
    },
  );

  it('keeps consent wording that offers no choice (an article paragraph)', () => {
    expect(verdictFor(overlay(l.banners[0] ?? '', [])).hide).toBe(false);
  });

  it('keeps a banner-like block in the page flow', () => {
    expect(verdictFor(overlay(l.banners[0] ?? '', [l.accept[0] ?? '']), inFlow).hide).toBe(false);
  });
});

describe('the fallback for languages without a table', () => {
  const fallback = languages.find((l) => l.lang === 'und');

  it.each((fallback?.banners ?? []).map((t) => [t.slice(0, 40), t]))(
    'finds the consent wording of “%s…” but hides nothing on wording alone',
    (_, text) => {
      const v = verdictFor(overlay(text, ['×']));
      expect(v.reasons.some((r) => r.code === 'consent-wording')).toBe(true);
      expect(v.hide, JSON.stringify(v.reasons)).toBe(false);
    },
  );
});

describe('a notice with one button', () => {
  // Saying that the site uses cookies is a consent phrase besides the word itself: with a way to close
  // it and a link to the policy, that carries a bar with no choice.
  const notices = [
    ['en', 'This website uses cookies to enhance the user experience.', 'I understand'],
    ['de', 'Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.', '×'],
    ['fr', 'Ce site utilise des cookies pour améliorer votre expérience.', '×'],
    ['es', 'Este sitio web utiliza cookies para mejorar su experiencia.', '×'],
    ['it', 'Questo sito utilizza cookie per migliorare la tua esperienza.', '×'],
    ['nl', 'Deze website gebruikt cookies om uw ervaring te verbeteren.', '×'],
    ['pl', 'Ta strona używa plików cookie, aby poprawić działanie serwisu.', '×'],
    ['sv', 'Den här webbplatsen använder cookies för att förbättra din upplevelse.', '×'],
    ['ms', 'Laman web ini menggunakan kuki untuk pengalaman yang lebih baik.', '×'],
    ['hi', 'यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है।', '×'],
    ['bn', 'এই ওয়েবসাইট আপনার অভিজ্ঞতা আরও ভালো করতে কুকি ব্যবহার করে।', '×'],
    ['tr', 'Deneyiminizi iyileştirmek için çerez kullanıyoruz.', '×'],
    ['ja', '当サイトでは、利便性向上のためにクッキーを使用しています。', '×'],
  ] as const;
  const policyLink = (lang: string) => ALL_PHRASE_SETS.find((set) => set.lang === lang)?.policy[0];

  it.each(notices)(
    'hides a bottom bar in %s that says the site uses cookies and links its policy',
    (lang, text, button) => {
      const v = verdictFor(overlay(text, [button], policyLink(lang)));
      expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    },
  );

  // With no link and no privacy wording it must say it a third time (react-cookie-consent's default
  // does: "uses cookies to enhance"): a tip card says "we use cookies" too.
  it('hides a bar that points nowhere only when it says it three times over', () => {
    const rcc = verdictFor(
      overlay('This website uses cookies to enhance the user experience.', ['I understand']),
    );
    expect(rcc.hide, JSON.stringify(rcc.reasons)).toBe(true);
    const de = verdictFor(overlay('Diese Website verwendet Cookies.', ['×']));
    expect(de.hide, JSON.stringify(de.reasons)).toBe(false);
  });

  it('hides a notice that places cookies and says they never identify you (jquery.cookiebar’s default)', () => {
    const v = verdictFor(
      overlay(
        'By using this website you allow us to place cookies on your computer. They are harmless and never personally identify you.',
        ['Continue'],
      ),
      { ...bottomBar, layout: 'top-bar' },
    );
    expect(v.reasons.map((r) => r.code)).toContain('privacy-wording');
    expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
  });

  describe('the cookie word said once, with a choice that names neither cookies nor consent', () => {
    it.each([
      // A bakery's offer: its "No, thanks" declines the offer, its "View all cookies" is the shop.
      [
        'Onze cookies zijn terug! Verse cookies met pure chocolade en zeezout.',
        ['Bekijk alle cookies', 'Nee, bedankt', '×'],
      ],
      // "Çerez" is also a bag of nuts and dried fruit: "Accept and start shopping".
      [
        'Ramazan’a özel çerez paketleri %20 indirimli! Tüm çerezlerimiz günlük kavrulur.',
        ['Kabul et ve alışverişe başla', '×'],
      ],
      // A baking class: "Agree and book".
      ['쿠키 클래스 신규 오픈! 초코칩 쿠키를 직접 구워보세요.', ['다음에', '동의하고 예약하기']],
    ])('keeps an offer of another trade: “%s”', (text, buttons) => {
      const v = verdictFor(overlay(text, buttons));
      expect(v.hide, JSON.stringify(v.reasons)).toBe(false);
    });

    it('hides a banner that offers accepting and managing settings, though it says “cookies” once', () => {
      // @coinbase/cookie-banner's French text, as its sentences read without a third-party phrase.
      const v = verdictFor(
        overlay(
          'Nous utilisons nos propres cookies sur nos sites web pour améliorer votre expérience de navigation.',
          ['Gérer les paramètres', 'Accepter tout'],
          'politique relative aux cookies',
        ),
      );
      expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    });

    it('hides a banner whose buttons name what they accept, though its sentences say “cookies” once', () => {
      const v = verdictFor(
        overlay('Na tomto webu se používají cookies pro měření návštěvnosti.', [
          'Přijmout cookies',
          'Nastavení cookies',
        ]),
      );
      expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    });
  });

  it.each([
    ['Fresh cookies baked daily: order a box by 2 pm for delivery today.', 'Order now'],
    ['Our cookies are back! Chocolate chip cookies, two for one this week.', 'Got it'],
    ['Cookie dough ice cream is here. Try the new flavour in store.', '×'],
    ['Yes, we use cookies here! Crisp speculoos, soaked in coffee, in this tiramisu.', 'Got it'],
  ])('keeps a bar about cookies to eat: “%s”', (text, button) => {
    const v = verdictFor(overlay(text, [button]));
    expect(v.hide, JSON.stringify(v.reasons)).toBe(false);
  });
});

describe('negative signals', () => {
  it('keeps a sign-in dialog that mentions cookies', () => {
    const el = overlay('Sign in to keep reading. We use cookies to keep you signed in.', [
      'Accept',
      'Sign in',
    ]);
    const pw = document.createElement('input');
    pw.type = 'password';
    el.append(pw);
    const v = verdictFor(el, { ...bottomBar, layout: 'centred-dialog' });
    expect(v.hide).toBe(false);
    expect(v.reasons.map((r) => r.code)).toContain('password-field');
  });

  it('keeps a long article even if it floats', () => {
    const el = overlay(`We use cookies. ${'The council met on Tuesday to discuss the budget. '.repeat(80)}`, [
      'Accept',
    ]);
    const h1 = document.createElement('h1');
    el.prepend(h1);
    expect(verdictFor(el).hide).toBe(false);
  });

  describe('wording of another purpose in a banner that only asks about cookies', () => {
    // GOV.UK One Login's banner (@govuk-one-login/frontend-ui): the service's name says "login".
    const topOfPage: Placement = { ...inFlow, layout: 'top-of-page-bar', cover: 0.35 };
    const text =
      'Cookies on GOV.UK One Login. We use some essential cookies to make this service work. We’d also like to use analytics cookies so we can understand how you use the service and make improvements.';

    it('does not count the name of a sign-in service against a banner that only accepts or rejects', () => {
      const v = verdictFor(
        overlay(text, ['Accept analytics cookies', 'Reject analytics cookies'], 'View cookies'),
        topOfPage,
      );
      expect(v.reasons.map((r) => r.code)).not.toContain('other-purpose');
      expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    });

    it('counts it when the popup has a control of that purpose, or a field to fill in', () => {
      const withSignIn = verdictFor(
        overlay(text, ['Accept analytics cookies', 'Reject analytics cookies', 'Sign in']),
        topOfPage,
      );
      expect(withSignIn.reasons.map((r) => r.code)).toContain('other-purpose');
      const el = overlay(text, ['Accept analytics cookies', 'Reject analytics cookies']);
      el.append(Object.assign(document.createElement('input'), { type: 'email' }));
      expect(verdictFor(el, topOfPage).reasons.map((r) => r.code)).toContain('other-purpose');
    });
  });

  describe('radio buttons: a question, or switches', () => {
    const cornerBox: Placement = { ...bottomBar, layout: 'corner-box' };
    /** A form of radio groups, each `[name, options]`, with a line of text and buttons, in a corner. */
    const withRadios = (text: string, groups: [string, string[]][], buttons: string[]) => {
      const el = overlay(text, buttons, 'privacy policy');
      const form = document.createElement('form');
      for (const [name, options] of groups)
        for (const option of options) {
          const label = document.createElement('label');
          label.append(Object.assign(document.createElement('input'), { type: 'radio', name }), option);
          form.append(label);
        }
      el.append(form);
      return el;
    };

    it('keeps a poll whose one question has four answers, though its answers name cookies', () => {
      // A Hong Kong bakery's survey: 曲奇 is a cookie to eat and, in Hong Kong, a browser's cookie.
      const v = verdictFor(
        withRadios(
          '幫我哋做個兩分鐘問卷！你最鍾意邊款曲奇？提交即表示你同意我哋嘅私隱政策。',
          [['q', ['牛油曲奇', '朱古力曲奇', '杏仁曲奇', '抹茶曲奇']]],
          ['×', '提交'],
        ),
        cornerBox,
      );
      expect(v.reasons.map((r) => r.code)).toContain('question');
      expect(v.reasons.map((r) => r.code)).not.toContain('category-switches');
      expect(v.hide, JSON.stringify(v.reasons)).toBe(false);
    });

    it('counts radios in pairs (on or off per category) as a consent dialog’s switches', () => {
      const v = verdictFor(
        withRadios(
          'We use cookies for statistics and marketing. Choose for each purpose.',
          [
            ['statistics', ['On', 'Off']],
            ['marketing', ['On', 'Off']],
          ],
          ['Save choices'],
        ),
        cornerBox,
      );
      expect(v.reasons).toContainEqual({ code: 'category-switches', points: 1, evidence: ['4'] });
      expect(v.reasons.map((r) => r.code)).not.toContain('question');
      expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    });

    it('does not count a level picked by radios against a banner that accepts or rejects', () => {
      const v = verdictFor(
        withRadios(
          'We use cookies. Choose which cookies we may set.',
          [['level', ['Necessary only', 'Functional', 'All cookies']]],
          ['Accept all', 'Reject all'],
        ),
        cornerBox,
      );
      expect(v.reasons.map((r) => r.code)).not.toContain('question');
      expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    });
  });

  describe('a dialog titled by an h1', () => {
    // @grrr/cookie-consent's panel: <aside role="dialog"><h1>Cookies & Privacy</h1> … one save button.
    const grrrPanel = (root: ParentNode & Node) => {
      const aside = document.createElement('aside');
      aside.setAttribute('role', 'dialog');
      aside.innerHTML =
        '<header><h1>Cookies &amp; Privacy</h1><p>This website uses third-party cookies. Read more in our <a href="/privacy">privacy statement</a>.</p></header>' +
        '<ul><li><input type="checkbox" checked disabled> Functional</li><li><input type="checkbox"> Analytical</li><li><input type="checkbox"> Marketing</li></ul>' +
        '<form><button>Save preferences</button></form>';
      root.appendChild(aside);
      return aside;
    };
    const cornerBox: Placement = { ...bottomBar, layout: 'corner-box' };

    it('reads the h1 as the dialog’s title, not the page’s heading', () => {
      const host = document.createElement('div');
      document.body.replaceChildren(host);
      const v = verdictFor(grrrPanel(host), cornerBox);
      expect(v.reasons.map((r) => r.code)).not.toContain('page-content');
      expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    });

    it('does so in a component’s shadow root, judged from its host', () => {
      const host = document.createElement('cookie-consent');
      document.body.replaceChildren(host);
      grrrPanel(host.attachShadow({ mode: 'open' }));
      const v = verdictFor(host, cornerBox);
      expect(v.reasons.map((r) => r.code)).not.toContain('page-content');
      expect(v.hide, JSON.stringify(v.reasons)).toBe(true);
    });

    it('still counts an h1 outside any dialog of the candidate as the page’s heading', () => {
      const el = overlay('This website uses third-party cookies.', ['Save preferences'], 'Privacy statement');
      el.prepend(document.createElement('h1'));
      // A page laid out as a dialog around the candidate does not make the page's h1 a dialog title.
      const page = document.createElement('div');
      page.setAttribute('role', 'dialog');
      page.append(el);
      document.body.replaceChildren(page);
      expect(verdictFor(el, cornerBox).reasons.map((r) => r.code)).toContain('page-content');
    });
  });

  it('explains every point it gives', () => {
    const v = verdictFor(
      overlay('We use cookies to personalise ads.', ['Accept all', 'Reject all'], 'Cookie policy'),
    );
    expect(v.hide).toBe(true);
    expect(v.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'consent-wording',
          evidence: ['use cookie', 'cookie', 'cookies to personalise'],
        }),
        { code: 'accept-button', points: 2, evidence: ['Accept all'] },
        { code: 'reject-button', points: 2, evidence: ['Reject all'] },
        { code: 'policy-link', points: 1 },
        { code: 'layout', points: 2, evidence: ['bottom-bar', 'fixed', '20'] },
      ]),
    );
    const sum = v.reasons.reduce((n, r) => n + r.points, 0);
    expect(sum).toBe(v.score);
  });
});

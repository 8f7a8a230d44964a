import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PHRASE_SETS } from '../../../lib/detect/phrases';
import {
  classifyButtonLabel,
  consentPhrases,
  detectLanguages,
  isPolicyLinkText,
  normaliseText,
  notConsentPhrases,
  privacyPhrases,
} from '../../../lib/detect/text-signals';

/** What one language's banners, other overlays and buttons really say. */
interface LanguageSnippets {
  lang: string;
  /** Consent-banner texts: consentPhrases must find something. */
  banners: string[];
  /** Texts of other overlays (login, newsletter, live ticker, app prompt, terms): no consent wording. */
  notBanners: string[];
  accept: string[];
  reject: string[];
  settings: string[];
  /** Labels that close or acknowledge without naming a choice: close, OK, got it. */
  dismiss?: string[];
  /** Labels that are no consent buttons: read more, subscribe, sign in, play video, next. */
  neutral: string[];
  /** Link texts of privacy or cookie policies. */
  policy: string[];
}

const SNIPPETS: LanguageSnippets[] = await Promise.all(
  readdirSync(join(import.meta.dirname, 'snippets'))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map(async (f) => (await import(`./snippets/${f}`)).default as LanguageSnippets),
);

/** The fallback knows only the word "cookie": its banners' buttons are judged by structure, not wording. */
const FALLBACK = 'und';

/** Test titles stay readable when the text is a whole banner. */
const titled = (texts: string[]): [string, string][] =>
  texts.map((t) => [t.length > 70 ? `${t.slice(0, 67)}...` : t, t]);

describe('normaliseText', () => {
  it('lower-cases, applies NFKC and collapses whitespace', () => {
    expect(normaliseText('  ＷＥ use\u00a0COOKIES \n\t and  ｸｯｷｰ  ')).toBe('we use cookies and クッキー');
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(normaliseText('Coo\u00adkies\u200b and con\u200dsent\ufeff')).toBe('cookies and consent');
  });

  it('returns an empty string for whitespace only', () => {
    expect(normaliseText(' \n\t ')).toBe('');
  });
});

describe('consentPhrases', () => {
  it('returns each phrase once, as written in the table', () => {
    expect(consentPhrases('Cookies. COOKIES! cookies?')).toEqual(['cookie']);
  });

  it('counts saying that the site uses cookies as a phrase of its own, besides the word', () => {
    expect(consentPhrases('This website uses cookies to enhance the user experience.')).toEqual([
      'uses cookie',
      'cookie',
      'cookies to enhance',
    ]);
    // Verb-final languages begin the statement with the word: it is found besides it.
    expect(consentPhrases('यह साइट कुकीज़ का उपयोग करती है')).toEqual(['कुकीज', 'कुकीज़ का उपयोग']);
    expect(consentPhrases('Bu sitede çerez kullanıyoruz.')).toEqual(['çerez', 'çerez kullan']);
    expect(consentPhrases('Diese Website verwendet Cookies.')).toEqual(['verwendet cookie', 'cookie']);
    expect(consentPhrases('Chocolate chip cookies, two for one.')).toEqual(['cookie']);
  });

  it.each([
    ['en', 'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.'],
    ['en', 'By using this website you allow us to place cookies on your computer.'],
    ['ar', 'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.'],
    ['et', 'See veebileht kasutab küpsiseid.'],
    ['et', 'Küpsiste kasutamise põhimõtted'],
    ['eu', 'Webgune honek cookieak erabiltzen ditu.'],
    ['ga', 'Baineann an suíomh seo úsáid as fianáin.'],
    ['kk', 'Біз куки файлдарын пайдаланамыз.'],
    ['lt', 'Ši svetainė naudoja slapukus.'],
    ['mk', 'Оваа веб-страница користи колачиња.'],
    ['nl', 'Deze website maakt gebruik van functionele, analytische en tracking cookies.'],
  ])('reads a sentence saying the site uses cookies (%s) as a phrase besides the word: “%s”', (_, text) => {
    expect(consentPhrases(text).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['sl', 'Z nadaljnjo uporabo strani se strinjate z uporabo piškotkov.'],
    ['hr', 'Nastavkom pregledavanja slažete se s korištenjem kolačića.'],
    ['bs', 'Nastavkom korištenja stranice slažete se sa korištenjem kolačića.'],
    ['sr', 'Daljim korišćenjem sajta slažete se sa korišćenjem kolačića.'],
    ['cs', 'Pokračováním v prohlížení souhlasíte s používáním cookies.'],
    ['sk', 'Pokračovaním v prehliadaní súhlasíte s používaním cookies.'],
    ['da', 'Ved at fortsætte accepterer du brugen af cookies.'],
    ['nb', 'Ved å fortsette godtar du bruken av informasjonskapsler.'],
    ['fi', 'Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.'],
    ['uk', 'Продовжуючи користуватися сайтом, ви погоджуєтеся з використанням файлів cookie.'],
    ['bg', 'Продължавайки да използвате сайта, вие се съгласявате с използването на бисквитки.'],
    ['lv', 'Turpinot lietot vietni, jūs piekrītat sīkdatņu izmantošanai.'],
    ['sq', 'Duke vazhduar shfletimin, ju pranoni përdorimin e cookies.'],
    ['is', 'Með því að halda áfram samþykkir þú notkun vafrakaka.'],
  ])('reads agreeing to the use of cookies (%s) as a phrase besides the word: “%s”', (_, text) => {
    expect(consentPhrases(text).length).toBeGreaterThanOrEqual(2);
  });

  it('reads the Japanese statement with the word in both scripts, one in brackets', () => {
    expect(consentPhrases('当サイトではクッキー（Cookie）を使用しています。')).toContain(
      'クッキー (cookie) を使用',
    );
    expect(consentPhrases('当サイトではCookie（クッキー）を利用しています。')).toContain(
      'cookie (クッキー) を利用',
    );
  });

  it('finds inflected forms and compounds', () => {
    expect(consentPhrases('Cookie-Einstellungen')).toEqual(['cookie']);
    expect(consentPhrases('Zum Cookiebanner')).toEqual(['cookie']);
    expect(consentPhrases('Ihre Einwilligungen')).toContain('einwilligung');
    expect(consentPhrases('Käytämme evästeitä')).toEqual(['käytämme evästeitä', 'eväste']);
    expect(consentPhrases('Korzystamy z ciasteczek')).toEqual(['ciasteczek']);
    expect(consentPhrases('Ta strona używa ciasteczek i ciasteczka')).toEqual(['ciasteczek', 'ciasteczk']);
  });

  it('needs word boundaries in Latin, Greek and Cyrillic script', () => {
    expect(consentPhrases('A broad consensus emerged')).toEqual([]);
    expect(consentPhrases("Non è consentito l'accesso ai cani")).toEqual([]);
    expect(consentPhrases('Zgodnie z prawem sąd orzekł inaczej')).toEqual([]);
    expect(consentPhrases('Мы согласились подождать')).toEqual([]);
    expect(consentPhrases('xgdprx')).toEqual([]);
    expect(consentPhrases('An unconsented charge')).toEqual([]);
  });

  it.each([
    'Il governo ha raggiunto un ampio consenso sulla riforma delle pensioni.',
    'El Gobierno alcanzó un consenso con los socios parlamentarios.',
    'Rząd zgodnie z zapowiedzią przyjął budżet. Zgoda opozycji nie była potrzebna.',
    'Vlada je dosegla soglasje s sindikati, kakor je bilo napovedano.',
    'Правительство получило согласие парламента. Стороны пришли к согласию.',
    'Уряд згодом погодився з пропозицією. Сторони дійшли згоди.',
    'Vláda dala souhlas s návrhem rozpočtu.',
    'Der Bundesrat verweigerte die Zustimmung zum Gesetz.',
    'Naujųjų metų sutikimas vyko aikštėje.',
    'A kormány jelentős hozzájárulása a beruházáshoz.',
    '政府与合作伙伴达成协议，双方同意继续谈判。',
    'وافق البرلمان على الميزانية بعد الحصول على موافقة الحكومة.',
    'הממשלה הגיעה להסכמה עם האופוזיציה על התקציב.',
    'DPR memberikan persetujuan atas rancangan anggaran.',
    'संसद ने बजट को मंजूरी दी और विपक्ष ने सहमति जताई।',
    'รัฐสภาเห็นชอบร่างงบประมาณหลังการเจรจากับฝ่ายค้าน',
    'პარლამენტმა ბიუჯეტი დაამტკიცა.',
    'Hükümet ile muhalefet bütçe konusunda uzlaştı.',
  ])('does not take news about agreement for consent wording: %s', (text) => {
    expect(consentPhrases(text)).toEqual([]);
  });

  it('matches Chinese, Japanese and Korean phrases inside running text', () => {
    expect(consentPhrases('이 사이트는 쿠키를 사용합니다')).toEqual(['쿠키', '쿠키를 사용']);
    expect(consentPhrases('このサイトはクッキーを使います')).toEqual(['クッキー']);
    expect(consentPhrases('当サイトではCookieを使用しています')).toEqual(['cookie', 'cookie を使用']);
    expect(consentPhrases('本网站使用Cookie及类似技术')).toEqual(['使用 cookie', 'cookie', '类似技术']);
  });

  it('reports overlapping phrases', () => {
    expect(consentPhrases('Store and/or access information on a device')).toEqual([
      'store and/or access information on a device',
      'access information on a device',
    ]);
  });

  it('folds spelling variants: typographic apostrophes, Turkish i, Romanian cedillas, Greek accents', () => {
    expect(consentPhrases('Vă puteţi retrage consimţământul')).toEqual(['consimțământ']);
    expect(consentPhrases('AÇIK RIZANIZ İLE ÇEREZLERİ KULLANIYORUZ')).toEqual(
      expect.arrayContaining(['açık rıza', 'rızanız', 'çerez']),
    );
    expect(consentPhrases('ΔΩΣΤΕ ΤΗ ΣΥΓΚΑΤΑΘΕΣΗ ΣΑΣ')).toEqual(['συγκατάθεσ']);
    expect(consentPhrases('Мы и наши партнёры')).toEqual(['наши партнеры']);
  });

  it('folds the Arabic and Persian letter forms and drops vowel marks and tatweel', () => {
    // Persian keheh and farsi yeh as Arabic kaf and yeh; fatha, shadda and tatweel inside the word.
    expect(consentPhrases('نستخدم الكوكيز')).toEqual(consentPhrases('نستخدم الکوکیز'));
    expect(consentPhrases('نستخدم الكوكيز')).not.toEqual([]);
    expect(consentPhrases('ملفَّات تعريـــف الارتباط')).toContain('ملفات تعريف الارتباط');
    expect(consentPhrases('این سایت از کوکي استفاده می‌کند')).toContain('کوکی');
  });

  it('matches Thai, Khmer and Indic phrases inside running text', () => {
    expect(consentPhrases('เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนา')).toEqual(['ใช้คุกกี้', 'คุกกี้']);
    expect(consentPhrases('គេហទំព័រនេះប្រើខូគី')).toEqual(['ប្រើខូគី', 'ខូគី']);
    expect(consentPhrases('यह साइट कुकीज़ का उपयोग करती है')).toEqual(['कुकीज', 'कुकीज़ का उपयोग']);
  });

  it('knows the word "cookie" in scripts that have no table (the fallback)', () => {
    expect(detectLanguages('ဤဝက်ဘ်ဆိုက်သည် ကွတ်ကီးများကို အသုံးပြုပါသည်')).toEqual(['und']);
    expect(detectLanguages('ഈ വെബ്സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു')).toEqual(['und']);
  });

  it('returns an empty list for empty text', () => {
    expect(consentPhrases('')).toEqual([]);
  });
});

describe('privacyPhrases', () => {
  it('finds privacy wording', () => {
    expect(privacyPhrases('Read how we protect your personal data and privacy')).toEqual([
      'personal data',
      'privacy',
    ]);
    expect(privacyPhrases('Datenschutzeinstellungen')).toEqual(['datenschutz']);
    expect(privacyPhrases('保护您的个人信息')).toEqual(['个人信息']);
  });

  it('finds nothing in a recipe', () => {
    expect(privacyPhrases('Bake the cookies for 12 minutes until golden.')).toEqual([]);
  });
});

describe('classifyButtonLabel', () => {
  it.each([
    'Accept only necessary',
    'Nur notwendige akzeptieren',
    'Accepter uniquement les cookies nécessaires',
    'Hyväksy vain välttämättömät',
    'Disagree and close',
  ])('reject wins over accept: %s', (label) => {
    expect(classifyButtonLabel(label)).toBe('reject');
  });

  it.each(['Allow selection', 'Auswahl erlauben', 'Accept selected', '選択を許可', 'Zezwól na wybór'])(
    'a longer settings phrase wins over accept: %s',
    (label) => {
      expect(classifyButtonLabel(label)).toBe('settings');
    },
  );

  it.each(['ACCEPT ALL', 'ΑΠΟΔΟΧΗ ΟΛΩΝ', 'İZİN VER', 'J’accepte', 'OK, accept all', 'Close and accept'])(
    'accepts %s',
    (label) => {
      expect(classifyButtonLabel(label)).toBe('accept');
    },
  );

  it.each(['OK', 'Got it', 'Close', '×', '✕', 'X', 'Dismiss', 'Continue', 'Understood', 'Fine by me'])(
    'dismisses %s',
    (label) => {
      expect(classifyButtonLabel(label)).toBe('dismiss');
    },
  );

  it.each(['Save and close', 'Save & exit'])('a settings phrase wins over a dismiss phrase: %s', (label) => {
    expect(classifyButtonLabel(label)).toBe('settings');
  });

  it.each([
    'Do Not Sell or Share My Personal Information',
    'Do Not Sell My Personal Information',
    'Opt out of the sale of my data',
    'Do not share my data',
  ])('takes US opt-out wording for a rejection: %s', (label) => {
    expect(classifyButtonLabel(label)).toBe('reject');
  });

  it.each([
    'Consent',
    'Details',
    'Show details',
    'Partners',
    'Our partners',
    'Vendors',
    'Vendor list',
    'Purposes',
  ])('a consent dialog’s word that is no choice is no button kind: %s', (label) => {
    expect(classifyButtonLabel(label)).toBeNull();
  });

  it.each([
    'Read more',
    'Subscribe',
    'Sign in',
    'Play video',
    'Next',
    'Continue reading',
    'Zapisz się',
    '通知を許可',
    '',
  ])('gives null for %s', (label) => {
    expect(classifyButtonLabel(label)).toBeNull();
  });

  it('gives null for text too long to be a label', () => {
    expect(classifyButtonLabel(`Accept all ${'and more words '.repeat(8)}`)).toBeNull();
  });
});

describe('isPolicyLinkText', () => {
  it.each(['Sign in', 'Home', 'Contact us', 'Accept all', ''])('is false for %s', (text) => {
    expect(isPolicyLinkText(text)).toBe(false);
  });

  it('is false for a long sentence that merely names the policy', () => {
    expect(isPolicyLinkText(`${'This sentence is long. '.repeat(7)}See our privacy policy.`)).toBe(false);
  });
});

describe('detectLanguages', () => {
  it('ranks the language with most distinct phrases first', () => {
    expect(detectLanguages('Wir und unsere Partner verwenden Cookies mit Ihrer Einwilligung')[0]).toBe('de');
    expect(detectLanguages('Nous et nos partenaires utilisons des cookies avec votre consentement')[0]).toBe(
      'fr',
    );
  });

  it('names every language whose tables contain a shared phrase', () => {
    expect(detectLanguages('cookies')).toEqual(expect.arrayContaining(['en', 'de', 'pl', 'ja']));
  });

  it('gives an empty list without consent wording', () => {
    expect(detectLanguages('')).toEqual([]);
    expect(detectLanguages('The weather will be sunny tomorrow.')).toEqual([]);
    expect(detectLanguages('쿠키')).toEqual(['ko']);
  });
});

describe('phrase tables and snippets', () => {
  it('have one snippet file per phrase set', () => {
    expect(SNIPPETS.map((s) => s.lang).sort()).toEqual(ALL_PHRASE_SETS.map((s) => s.lang).sort());
    expect(new Set(ALL_PHRASE_SETS.map((s) => s.lang)).size).toBe(ALL_PHRASE_SETS.length);
  });

  it.each(ALL_PHRASE_SETS.map((s) => [s.lang, s] as const))(
    '%s phrases are normalised, with * only at the end',
    (_, set) => {
      const { lang: _lang, ...lists } = set;
      for (const list of Object.values(lists)) {
        for (const phrase of list) {
          const body = phrase.endsWith('*') ? phrase.slice(0, -1) : phrase;
          expect(body).toBe(normaliseText(body));
          expect(body).not.toContain('*');
        }
      }
    },
  );
});

describe.each(SNIPPETS)('$lang', (s) => {
  it('has enough cases', () => {
    const lists =
      s.lang === FALLBACK
        ? [s.banners, s.notBanners]
        : [s.banners, s.notBanners, s.accept, s.reject, s.settings];
    for (const list of lists) {
      expect(list.length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(titled(s.banners))('banner has consent wording: %s', (_, text) => {
    expect(consentPhrases(text)).not.toEqual([]);
    expect(detectLanguages(text)).toContain(s.lang);
  });

  it.each(titled(s.notBanners))('other overlay has no consent wording: %s', (_, text) => {
    expect(consentPhrases(text)).toEqual([]);
    expect(notConsentPhrases(text)).not.toEqual([]);
  });

  it.each(s.accept)('accept: %s', (label) => {
    expect(classifyButtonLabel(label)).toBe('accept');
  });

  it.each(s.reject)('reject: %s', (label) => {
    expect(classifyButtonLabel(label)).toBe('reject');
  });

  it.each(s.settings)('settings: %s', (label) => {
    expect(classifyButtonLabel(label)).toBe('settings');
  });

  it.each(s.dismiss ?? [])('dismiss: %s', (label) => {
    expect(classifyButtonLabel(label)).toBe('dismiss');
  });

  it.each(s.neutral)('no consent button: %s', (label) => {
    expect(classifyButtonLabel(label)).toBeNull();
  });

  it.each(s.policy)('policy link: %s', (text) => {
    expect(isPolicyLinkText(text)).toBe(true);
  });
});

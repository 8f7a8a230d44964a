// Deterministic benchmark pages: every page is generated from a seed, so two runs (and two
// machines) measure exactly the same markup. Nothing here touches the network: images are
// inline SVG data URIs or tiny PNGs the bench server generates, frames are served locally.

import { deflateSync } from 'node:zlib';

/** mulberry32: small, fast, seedable. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'council budget river station market season report minister league harbour festival election ' +
  'storm museum railway vaccine bridge transfer summit drought housing tariff orchestra satellite ' +
  'climate school hospital airport coalition verdict striker marathon gallery factory fishing ' +
  'border treaty inflation startup courtroom wildfire library harvest parliament stadium ferry ' +
  'tower mayor coach pianist glacier village motorway broadband pension lottery airline'
).split(' ');
const VERBS =
  'approves rejects delays unveils questions expands cancels celebrates warns about reopens'.split(' ');
const SECTIONS =
  'World Politics Business Tech Science Health Sport Culture Travel Opinion Local Weather'.split(' ');

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function words(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  return out.join(' ');
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function headline(r) {
  return `${cap(words(r, 2))} ${VERBS[Math.floor(r() * VERBS.length)]} ${words(r, 3)}`;
}
function sentence(r, min = 8, max = 20) {
  return `${cap(words(r, min + Math.floor(r() * (max - min))))}.`;
}
function hashClass(r) {
  // What CSS-in-JS and minifiers leave behind: no meaning in the class name.
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const chars = `${letters}0123456789`;
  let s = letters[Math.floor(r() * 26)];
  for (let i = 0; i < 5; i++) s += chars[Math.floor(r() * 36)];
  return s;
}
function colour(r) {
  return `#${Math.floor(r() * 0xffffff)
    .toString(16)
    .padStart(6, '0')}`;
}

/** A small picture as an inline SVG data URI (no request at all). */
function svgImage(r) {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90">` +
    `<rect width="160" height="90" fill="${colour(r)}"/>` +
    `<circle cx="${20 + Math.floor(r() * 120)}" cy="${20 + Math.floor(r() * 50)}" r="${8 + Math.floor(r() * 20)}" fill="${colour(r)}"/>` +
    `<rect x="${Math.floor(r() * 100)}" y="60" width="60" height="12" fill="${colour(r)}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

// ---- PNG ------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

const pngCache = new Map();
/** A tiny deterministic RGB PNG (a two-colour gradient) for image number n. */
export function png(n, width = 64, height = 36) {
  const key = `${n}:${width}x${height}`;
  const hit = pngCache.get(key);
  if (hit) return hit;
  const r = rng(1000 + n);
  const a = [r() * 255, r() * 255, r() * 255];
  const b = [r() * 255, r() * 255, r() * 255];
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const t = (x + y) / (width + height);
      for (let c = 0; c < 3; c++) raw[row + 1 + x * 3 + c] = Math.round(a[c] * (1 - t) + b[c] * t);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const out = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  pngCache.set(key, out);
  return out;
}

// ---- shared page parts -----------------------------------------------------------------------

function stylesheet(r) {
  const rules = [
    '*{box-sizing:border-box}',
    'body{margin:0;font:15px/1.45 Georgia,serif;color:#1b1b1b;background:#fafafa}',
    '.site-header{position:sticky;top:0;z-index:50;background:#fff;border-bottom:1px solid #ddd}',
    '.site-header .brand{font:700 28px/1 Arial,sans-serif;padding:10px 16px;display:inline-block}',
    '.site-nav{display:flex;flex-wrap:wrap;gap:4px 12px;padding:4px 16px;font:13px Arial,sans-serif}',
    '.site-nav a{color:#333;text-decoration:none}',
    '.ticker{background:#b00;color:#fff;font:600 13px Arial,sans-serif;padding:4px 16px;white-space:nowrap;overflow:hidden}',
    '.layout{display:grid;grid-template-columns:1fr 300px;gap:20px;max-width:1240px;margin:0 auto;padding:16px}',
    '.sidebar{position:sticky;top:110px;align-self:start;max-height:calc(100vh - 120px);overflow:auto;font:13px Arial,sans-serif}',
    '.sidebar .box{background:#fff;border:1px solid #e3e3e3;margin-bottom:12px;padding:8px}',
    '.sidebar ol{margin:0;padding-left:18px}',
    '.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}',
    '.card{background:#fff;border:1px solid #e6e6e6;padding:8px;display:flex;flex-direction:column}',
    '.card img{width:100%;height:auto;aspect-ratio:16/9;display:block;background:#ddd}',
    '.card h2{font-size:17px;margin:6px 0}',
    '.card p{margin:0 0 6px;color:#444}',
    '.card .meta{font:12px Arial,sans-serif;color:#777;display:flex;gap:6px;flex-wrap:wrap}',
    '.card .tags{list-style:none;margin:4px 0 0;padding:0;display:flex;gap:4px;flex-wrap:wrap}',
    '.card .tags li{font:11px Arial,sans-serif;background:#eef;padding:1px 5px;border-radius:3px}',
    '.card:nth-child(7n+1){grid-column:span 2}',
    '.card:hover h2{text-decoration:underline}',
    '.embed{display:block;width:100%;height:250px;border:0;margin:16px 0;background:#eee}',
    '.site-footer{background:#222;color:#ccc;padding:20px 16px;font:13px Arial,sans-serif}',
    '.site-footer .cols{display:grid;grid-template-columns:repeat(6,1fr);gap:12px}',
    '.site-footer a{color:#ccc}',
    '.site-footer ul{list-style:none;margin:0;padding:0}',
  ];
  // Per-section colour rules, like the long tail of a real site's CSS.
  for (let i = 0; i < 240; i++) {
    rules.push(`.s-${i % 12} .k-${i}{border-left:3px solid ${colour(r)};padding-left:${2 + (i % 5)}px}`);
    if (i % 3 === 0)
      rules.push(
        `.grid > .card.k-${i}:nth-child(${(i % 9) + 2}n) .meta span:first-child{color:${colour(r)}}`,
      );
  }
  return rules.join('\n');
}

function header(r, opts) {
  const links = [];
  for (let i = 0; i < 60; i++) links.push(`<a href="/section/${i}">${cap(words(r, 1))}</a>`);
  return (
    `<header class="site-header"><span class="brand">The Daily Bench</span>` +
    `<nav class="site-nav">${links.join('')}</nav>` +
    `<div class="ticker" id="ticker">${esc(headline(r))}</div></header>` +
    (opts.breadcrumb ?? '')
  );
}

function card(r, i, imgMode) {
  const img =
    imgMode === 'none'
      ? `<span class="ph" style="display:block;aspect-ratio:16/9;background:#ddd"></span>`
      : imgMode === 'png'
        ? `<img src="/img/${i}.png" width="160" height="90" alt="">`
        : `<img src="${svgImage(r)}" width="160" height="90" alt="">`;
  const tags = [];
  for (let t = 0; t < 4; t++) tags.push(`<li><a href="/tag/${t}">${words(r, 1)}</a></li>`);
  return (
    `<article class="card k-${i % 240} s-${i % 12}">` +
    `<a href="/story/${i}">${img}</a>` +
    `<div class="meta"><span>${SECTIONS[i % SECTIONS.length]}</span><span>${1 + Math.floor(r() * 59)} min ago</span><span><b>${1 + Math.floor(r() * 300)}</b> comments</span></div>` +
    `<h2><a href="/story/${i}">${esc(headline(r))}</a></h2>` +
    `<p>${esc(sentence(r))} <em>${words(r, 2)}</em> ${esc(sentence(r, 5, 12))}</p>` +
    `<ul class="tags">${tags.join('')}</ul>` +
    `<div class="share"><button type="button">Share</button><button type="button">Save</button></div>` +
    `</article>`
  );
}

function sidebar(r) {
  const boxes = [];
  for (let b = 0; b < 8; b++) {
    const items = [];
    for (let i = 0; i < 25; i++)
      items.push(`<li><a href="/most-read/${b}-${i}">${esc(headline(r))}</a> <span>${i + 1}</span></li>`);
    boxes.push(`<section class="box"><h3>${SECTIONS[b]}: most read</h3><ol>${items.join('')}</ol></section>`);
  }
  return `<aside class="sidebar">${boxes.join('')}</aside>`;
}

function footer(r) {
  const cols = [];
  for (let c = 0; c < 6; c++) {
    const items = [];
    for (let i = 0; i < 30; i++) items.push(`<li><a href="/f/${c}/${i}">${cap(words(r, 2))}</a></li>`);
    cols.push(`<div><h4>${SECTIONS[c]}</h4><ul>${items.join('')}</ul></div>`);
  }
  // Real footers mention cookies and privacy: the detector must leave this alone.
  return (
    `<footer class="site-footer"><div class="cols">${cols.join('')}</div>` +
    `<p><a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie settings</a> · <a href="/terms">Terms</a> · © The Daily Bench</p></footer>`
  );
}

/** The ticker in the header changes every half second, as news sites' do. */
const TICKER_SCRIPT = `
(() => {
  const items = ${JSON.stringify(Array.from({ length: 20 }, (_, i) => headline(rng(500 + i))))};
  let i = 0;
  setInterval(() => { const t = document.getElementById('ticker'); if (t) t.textContent = items[i++ % items.length]; }, 500);
})();`;

// ---- known platform: OneTrust ------------------------------------------------------------------

const ONETRUST_CSS = `
#onetrust-consent-sdk{font:14px Arial,sans-serif}
.onetrust-pc-dark-filter{position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:2147483646}
#onetrust-banner-sdk{position:fixed;left:0;right:0;bottom:0;z-index:2147483647;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.25);padding:16px 24px}
#onetrust-banner-sdk .ot-sdk-container{display:flex;gap:24px;align-items:center;max-width:1200px;margin:0 auto}
#onetrust-policy-title{font-size:16px;margin:0 0 6px}
#onetrust-policy-text{margin:0;color:#333}
#onetrust-button-group{display:flex;gap:8px;flex-shrink:0}
#onetrust-button-group button{padding:10px 16px;border:1px solid #1a4d8f;background:#fff;color:#1a4d8f;font-weight:600;cursor:pointer}
#onetrust-accept-btn-handler{background:#1a4d8f!important;color:#fff!important}`;

const ONETRUST_MARKUP = `
<div class="onetrust-pc-dark-filter ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner">
  <div role="dialog" aria-label="We value your privacy" aria-describedby="onetrust-policy-text">
    <div class="ot-sdk-container"><div class="ot-sdk-row">
      <div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
        <div id="onetrust-policy">
          <h2 id="onetrust-policy-title">We value your privacy</h2>
          <p id="onetrust-policy-text">We and our 842 partners store and access information on your device, such as cookies, and process personal data such as unique identifiers for personalised advertising and content, measurement and audience research. You may click to consent or manage your choices, including your right to object where legitimate interest is used. <a class="ot-cookie-policy-link" href="/cookie-policy" aria-label="More information about your privacy">Cookie Policy</a></p>
        </div>
      </div>
      <div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns">
        <div id="onetrust-button-group">
          <button id="onetrust-pc-btn-handler" class="cookie-setting-link">Cookie Settings</button>
          <button id="onetrust-reject-all-handler">Reject All</button>
          <button id="onetrust-accept-btn-handler">Accept All Cookies</button>
        </div>
      </div>
    </div></div>
  </div>
</div>`;

/** Inserted by script ~300 ms after DOMContentLoaded, as the real SDK does once it has loaded. */
function onetrustScript(delayMs) {
  return `
(() => {
  const css = ${JSON.stringify(ONETRUST_CSS)};
  const html = ${JSON.stringify(ONETRUST_MARKUP)};
  document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
    const sdk = document.createElement('div');
    sdk.id = 'onetrust-consent-sdk';
    sdk.innerHTML = html;
    document.body.appendChild(sdk);
    window.__bench.bannerInsertedAt = performance.now();
  }, ${delayMs}));
})();`;
}

// ---- unknown hand-rolled banner, inserted late, sampled per frame --------------------------------

function unknownBannerParts(r) {
  const c = () => hashClass(r);
  const [root, inner, text, actions, primary, secondary, link] = [c(), c(), c(), c(), c(), c(), c()];
  const css =
    `.${root}{position:fixed;left:0;right:0;bottom:0;z-index:9999;background:#fff;border-top:3px solid #2d6a4f;box-shadow:0 -4px 12px rgba(0,0,0,.2);font:14px/1.4 Arial,sans-serif}` +
    `.${inner}{max-width:1100px;margin:0 auto;padding:14px 20px;display:flex;gap:20px;align-items:center}` +
    `.${text}{margin:0;flex:1;color:#222}` +
    `.${actions}{display:flex;gap:8px}` +
    `.${primary}{background:#2d6a4f;color:#fff;border:0;padding:9px 16px;border-radius:4px;font-weight:700}` +
    `.${secondary}{background:#fff;color:#2d6a4f;border:1px solid #2d6a4f;padding:9px 16px;border-radius:4px}` +
    `.${link}{color:#2d6a4f}`;
  const html =
    `<div class="${inner}"><p class="${text}">We use cookies and similar technologies to keep this site working, to measure traffic and to personalise content and ads. ` +
    `You can accept all cookies, reject all non-essential cookies or choose in the settings. Read more in our <a class="${link}" href="/privacy">privacy policy</a>.</p>` +
    `<div class="${actions}"><button type="button" class="${secondary}">Settings</button>` +
    `<button type="button" class="${secondary}">Reject all</button>` +
    `<button type="button" class="${primary}">Accept all</button></div></div>`;
  return { css, html, root };
}

/**
 * Inserts the banner `delayMs` after the load event and measures, in the page:
 * - hideMs: insertion -> the first DOM change after which the banner is not visible
 *   (a MutationObserver on the document; this is when the extension acted);
 * - per rendered frame (a check queued from each requestAnimationFrame runs after that frame
 *   is painted): whether the banner was visible in it; framesToHidden = index of the first
 *   painted frame without it (1 = the first frame after insertion), msToHiddenFrame likewise;
 * - long tasks (> 50 ms) that start after insertion, for observeMs.
 */
function lateBannerScript(r, delayMs, observeMs) {
  const { css, html, root } = unknownBannerParts(r);
  return `
(() => {
  const B = window.__bench;
  B.late = { insertedAt: null, hideMs: null, framesToHidden: null, msToHiddenFrame: null, framesVisible: 0, framesSampled: 0, longTasks: [], done: false };
  const L = B.late;
  const visible = (el) => {
    if (!el.isConnected || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  addEventListener('load', () => setTimeout(() => {
    const style = document.createElement('style');
    style.textContent = ${JSON.stringify(css)};
    document.head.appendChild(style);
    const banner = document.createElement('div');
    banner.className = ${JSON.stringify(root)};
    banner.setAttribute('role', 'dialog');
    banner.setAttribute('aria-label', 'Cookie consent');
    banner.innerHTML = ${JSON.stringify(html)};
    let po = null;
    try {
      po = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.startTime >= L.insertedAt) L.longTasks.push({ start: +(e.startTime - L.insertedAt).toFixed(1), duration: +e.duration.toFixed(1) });
      });
      po.observe({ type: 'longtask' });
    } catch {}
    L.insertedAt = performance.now();
    document.body.appendChild(banner);
    const mo = new MutationObserver(() => {
      if (L.hideMs === null && !visible(banner)) { L.hideMs = +(performance.now() - L.insertedAt).toFixed(2); mo.disconnect(); }
    });
    mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    let frame = 0;
    const tick = () => {
      frame++;
      const n = frame;
      setTimeout(() => {
        L.framesSampled = n;
        if (n === 1) L.firstFrameMs = +(performance.now() - L.insertedAt).toFixed(2);
        if (visible(banner)) L.framesVisible++;
        else if (L.framesToHidden === null) { L.framesToHidden = n; L.msToHiddenFrame = +(performance.now() - L.insertedAt).toFixed(2); }
      }, 0);
      if (performance.now() - L.insertedAt < ${observeMs}) requestAnimationFrame(tick);
      else setTimeout(() => { po && po.disconnect(); mo.disconnect(); L.visibleAtEnd = visible(banner); L.done = true; }, 60);
    };
    requestAnimationFrame(tick);
  }, ${delayMs}));
})();`;
}

// ---- live blog -------------------------------------------------------------------------------------

/** Adds `perTick` elements every `intervalMs` for `durationMs`: ticker items and posts with images. */
function liveBlogScript(seed, durationMs, intervalMs, perTick) {
  return `
(() => {
  const B = window.__bench;
  B.live = { added: 0, ticks: 0, startedAt: null, endedAt: null, longTasks: [], done: false };
  const L = B.live;
  let s = ${seed} >>> 0;
  const r = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const W = ${JSON.stringify(WORDS)};
  const w = (n) => { const o = []; for (let i = 0; i < n; i++) o.push(W[Math.floor(r() * W.length)]); return o.join(' '); };
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; };
  addEventListener('load', () => {
    try { new PerformanceObserver((list) => { for (const e of list.getEntries()) if (L.startedAt !== null && e.startTime >= L.startedAt) L.longTasks.push({ start: +(e.startTime - L.startedAt).toFixed(1), duration: +e.duration.toFixed(1) }); }).observe({ type: 'longtask' }); } catch {}
    const feed = document.getElementById('live-feed');
    const ticker = document.getElementById('live-ticker');
    L.startedAt = performance.now();
    const timer = setInterval(() => {
      let budget = ${perTick};
      // One ticker item (li + a + time = 3 elements) and posts of 5 or 6 elements until the tick's count is reached.
      const li = el('li');
      const a = el('a', null, w(6)); a.href = '#t' + L.ticks;
      li.append(el('time', null, new Date(1700000000000 + L.ticks * ${intervalMs}).toISOString().slice(11, 19)), a);
      ticker.prepend(li);
      if (ticker.children.length > 40) ticker.lastElementChild.remove();
      budget -= 3;
      const frag = document.createDocumentFragment();
      while (budget > 0) {
        const post = el('article', 'post');
        const h = el('h3', null, w(5));
        // Now and then a post is about cookies or privacy law, as news is.
        const p = el('p', null, (r() < 0.03 ? 'The regulator says cookies and privacy consent rules will change. ' : '') + w(24));
        const t = el('time', null, 'just now');
        post.append(t, h, p);
        budget -= 4;
        if (budget > 0) { const img = el('img'); img.width = 160; img.height = 90; img.alt = ''; img.src = '/img/' + (L.ticks * 7 + budget) % 400 + '.png'; post.append(img); budget--; }
        if (budget > 0) { post.append(el('span', 'by', 'by ' + w(2))); budget--; }
        frag.append(post);
      }
      feed.prepend(frag);
      L.added += ${perTick};
      L.ticks++;
      if (performance.now() - L.startedAt >= ${durationMs}) { clearInterval(timer); L.endedAt = performance.now(); setTimeout(() => { L.done = true; }, 50); }
    }, ${intervalMs});
  });
})();`;
}

// ---- pages ---------------------------------------------------------------------------------------

function frameTags(port) {
  // Two same-site frames (same renderer as the page, so their cost is in the page's metrics)
  // and two cross-site ones (out of process: a real page's ads and embeds; not in the page's metrics).
  return [
    `http://news.test:${port}/frame/video`,
    `http://news.test:${port}/frame/poll`,
    `http://ads.test:${port}/frame/ad`,
    `http://social.test:${port}/frame/social`,
  ].map((src, i) => `<iframe class="embed" src="${src}" title="embed ${i + 1}" loading="eager"></iframe>`);
}

/** Ad slots of the usual sizes, each from its own site (ad1.test, ad2.test, …): a real page's ad frames. */
const AD_SIZES = [
  [300, 250],
  [728, 90],
  [160, 600],
  [320, 50],
  [300, 600],
];
function adFrameTags(port, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const [w, h] = AD_SIZES[i % AD_SIZES.length];
    out.push(
      `<iframe class="ad" src="http://ad${i + 1}.test:${port}/frame/ad" width="${w}" height="${h}" style="border:0;display:block" title="advertisement ${i + 1}" loading="eager"></iframe>`,
    );
  }
  return out;
}

/**
 * The heavy news front page. variant: 'onetrust' (known platform banner at DCL + 300 ms),
 * 'none', or 'late-unknown' (hand-rolled banner `lateDelayMs` after load, sampled per frame).
 * embeds: false leaves out its four embed frames (one document: what a page-sized frame costs).
 */
export function heavyPage({
  variant,
  port,
  lateDelayMs = 5000,
  lateObserveMs = 1000,
  scale = 1,
  adFrames = 0,
  embeds = true,
}) {
  const r = rng(20240611);
  const cards = [];
  const frames = embeds ? frameTags(port) : [];
  // 400 cards make the ~10,700-element page; `scale` multiplies them (the scale check).
  const CARDS = 400 * scale;
  const ads = adFrameTags(port, adFrames);
  const adEvery = adFrames ? Math.floor(CARDS / adFrames) : 0;
  for (let i = 0; i < CARDS; i++) {
    // Past the first 400 cards (the scale check), pictures are placeholders: 10x the elements, not 10x the downloads.
    cards.push(card(r, i, i >= 400 ? 'none' : i % 2 ? 'png' : 'svg'));
    if (i % 100 === 50) cards.push(`</div>${frames[Math.floor(i / 100)] ?? ''}<div class="grid">`);
    if (adEvery && i % adEvery === adEvery - 1 && ads.length) cards.push(ads.shift());
  }
  const scripts = [`window.__bench = { page: ${JSON.stringify(variant)} };`, TICKER_SCRIPT];
  if (variant === 'onetrust') scripts.push(onetrustScript(300));
  if (variant === 'late-unknown') scripts.push(lateBannerScript(rng(77), lateDelayMs, lateObserveMs));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The Daily Bench: front page</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${stylesheet(rng(99))}</style>
${scripts.map((s) => `<script>${s}</script>`).join('\n')}
</head><body>
${header(r, {})}
<div class="layout"><main><h1>Front page</h1><div class="grid">${cards.join('')}</div></main>${sidebar(r)}</div>
${footer(r)}
</body></html>`;
}

/** A live blog: a normal article page whose feed grows by `perTick` elements every `intervalMs`. */
export function liveBlogPage({ port, durationMs = 10000, intervalMs = 50, perTick = 25 }) {
  const r = rng(4242);
  const posts = [];
  for (let i = 0; i < 60; i++) {
    posts.push(
      `<article class="post"><time>${10 + (i % 50)} min ago</time><h3>${esc(headline(r))}</h3><p>${esc(sentence(r, 20, 40))}</p>` +
        (i % 2 ? `<img src="/img/${i}.png" width="160" height="90" alt="">` : '') +
        `</article>`,
    );
  }
  const css =
    `${stylesheet(rng(99))}\n.live{max-width:760px}.post{background:#fff;border-left:4px solid #b00;padding:8px 12px;margin:0 0 10px}` +
    `.post img{display:block;margin-top:6px}.live-ticker{list-style:none;padding:0;margin:0;font:13px Arial,sans-serif}.live-ticker li{padding:3px 0;border-bottom:1px solid #eee}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live: the budget, as it happens</title>
<style>${css}</style>
<script>window.__bench = { page: 'live-blog' };</script>
<script>${TICKER_SCRIPT}</script>
<script>${liveBlogScript(9001, durationMs, intervalMs, perTick)}</script>
</head><body>
${header(r, {})}
<div class="layout"><main class="live"><h1>Live: the budget, as it happens</h1>
<iframe class="embed" src="http://news.test:${port}/frame/video" title="live video"></iframe>
<div id="live-feed">${posts.join('')}</div></main>
<aside class="sidebar"><section class="box"><h3>Key events</h3><ul class="live-ticker" id="live-ticker"></ul></section></aside></div>
${footer(r)}
</body></html>`;
}

/** Small documents for the frames. */
export function framePage(kind) {
  const r = rng(kind.length * 31);
  const items = [];
  for (let i = 0; i < 40; i++) items.push(`<li><a href="#${i}">${esc(headline(r))}</a></li>`);
  const body =
    kind === 'ad'
      ? `<div style="display:flex;gap:8px"><img src="/img/901.png" width="120" height="68" alt=""><div><b>${esc(headline(r))}</b><p>${esc(sentence(r))}</p><button>Learn more</button></div></div>`
      : kind === 'video'
        ? `<div style="background:#000;color:#fff;height:200px;display:flex;align-items:center;justify-content:center">▶ ${esc(headline(r))}</div>`
        : `<h4>${esc(headline(r))}</h4><ul>${items.join('')}</ul>`;
  // Ad tags talk to their page: a few messages a second, as viewability and refresh scripts do.
  const script =
    kind === 'ad'
      ? `<script>let n = 0; const t = setInterval(() => { parent.postMessage({ type: 'ad-ping', n: n++, slot: location.host }, '*'); if (n > 20) clearInterval(t); }, 100);</script>`
      : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${kind}</title>
<style>body{margin:0;font:13px Arial,sans-serif}</style></head><body>${body}${script}</body></html>`;
}

// ---- hostile: a mutation flood with consent-like nodes (issue #13) --------------------------------

/**
 * A page that floods the DOM: 100,000 nodes in 50 bursts of 2,000 (one task each), every tenth a
 * comment that talks about cookies and consent (none is a banner), then the OneTrust banner once
 * the flood is over. Measures what Unbanner's detector and sentinel cost such a page (long tasks
 * with and without) and that the banner is still hidden and logged once.
 */
export function hostileFloodPage() {
  const r = rng(1313);
  const css = `${stylesheet(rng(99))}\n#flood{font-size:12px;height:400px;overflow:hidden;contain:strict}`;
  const flood = `
(() => {
  const TOTAL = 100000, BURST = 2000;
  let inserted = 0;
  const burst = () => {
    const box = document.getElementById('flood');
    const frag = document.createDocumentFragment();
    for (let i = 0; i < BURST; i++, inserted++) {
      const n = document.createElement(i % 2 ? 'span' : 'div');
      n.textContent = i % 10 === 0
        ? 'Comment ' + inserted + ': we use cookies? Accept all or reject all, consent is yours.'
        : 'Comment ' + inserted;
      frag.appendChild(n);
    }
    box.appendChild(frag);
    if (inserted < TOTAL) setTimeout(burst, 0);
    else window.__bench.floodDoneAt = performance.now();
  };
  document.addEventListener('DOMContentLoaded', () => setTimeout(burst, 0));
})();`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Comments: a flood</title>
<style>${css}</style>
<script>window.__bench = { page: 'hostile-flood' };</script>
<script>${flood}</script>
<script>${onetrustScript(0).replace("document.addEventListener('DOMContentLoaded', () => setTimeout(", "const waitFlood = (f) => (window.__bench.floodDoneAt ? f() : setTimeout(() => waitFlood(f), 50));\n  document.addEventListener('DOMContentLoaded', () => waitFlood(")}</script>
</head><body>
${header(r, {})}
<main><h1>${esc(headline(r))}</h1><p>${esc(sentence(r, 20, 40))}</p><section id="flood" aria-label="Comments"></section></main>
${footer(r)}
</body></html>`;
}

/**
 * A page nesting 200,000 elements in one chain (parsed as XHTML in 4,000-deep pieces, a piece a
 * task: the HTML parser caps nesting, and appending one element at a time walks the chain each
 * time), with consent wording at its bottom; the page then changes the bottom of the chain in 50
 * tasks, then the OneTrust banner comes. Every walk up the tree is 200,000 steps here.
 */
export function hostileDeepPage() {
  const r = rng(1314);
  const chain = `
(() => {
  const DEPTH = 200000, PIECE = 4000, POKES = 50;
  const piece = '<div xmlns="http://www.w3.org/1999/xhtml">' + '<div>'.repeat(PIECE - 1) + '</div>'.repeat(PIECE);
  const parser = new DOMParser();
  const top = document.createElement('div');
  let tip = top, depth = 0, pokes = 0;
  const poke = () => {
    if (pokes++ === POKES) { window.__bench.chainDoneAt = performance.now(); return; }
    const more = document.createElement('span');
    more.textContent = ' More cookies.';
    tip.appendChild(more);
    setTimeout(poke, 0);
  };
  const grow = () => {
    let next = document.adoptNode(parser.parseFromString(piece, 'application/xhtml+xml').documentElement);
    tip.appendChild(next);
    while (next.firstElementChild) next = next.firstElementChild;
    tip = next;
    depth += PIECE;
    if (depth < DEPTH) return setTimeout(grow, 0);
    tip.textContent = 'We use cookies: accept all or reject all. (Not a banner: the bottom of a chain.)';
    document.getElementById('deep').appendChild(top);
    setTimeout(poke, 0);
  };
  document.addEventListener('DOMContentLoaded', () => setTimeout(grow, 0));
})();`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A deep page</title>
<style>${stylesheet(rng(99))}\n#deep{display:none}</style>
<script>window.__bench = { page: 'hostile-deep' };</script>
<script>${chain}</script>
<script>${onetrustScript(0).replace("document.addEventListener('DOMContentLoaded', () => setTimeout(", "const waitChain = (f) => (window.__bench.chainDoneAt ? f() : setTimeout(() => waitChain(f), 50));\n  document.addEventListener('DOMContentLoaded', () => waitChain(")}</script>
</head><body>
${header(r, {})}
<main><h1>${esc(headline(r))}</h1><p>${esc(sentence(r, 20, 40))}</p><section id="deep" aria-label="Deep"></section></main>
${footer(r)}
</body></html>`;
}

// ---- the bench's page list -------------------------------------------------------------------------

/**
 * Every page the bench can visit, by key. To add one: an entry here (its HTML, how the runner knows
 * it has settled, how many removals the extension should log there). `pass` says when it runs:
 * 'core' in every run, 'scale' in the scale check (`--scale`), 'hostile' in the hostile check
 * (`--hostile`), or any of them when named with `--pages`.
 *
 * settle: 'timer' (load event, then settleMs), 'banner' (OneTrust inserted, then settleMs),
 * 'live' (end of the live feed), 'late' (end of the late banner's observation).
 * config: { port, liveDurationMs, lateDelayMs, lateObserveMs }.
 */
export const BENCH_PAGES = {
  'heavy-banner': {
    title: 'heavy news page, OneTrust banner at DCL+300 ms',
    pass: 'core',
    settle: 'banner',
    removals: 1,
    make: (c) => heavyPage({ variant: 'onetrust', port: c.port }),
  },
  'heavy-plain': {
    title: 'heavy news page, no banner',
    pass: 'core',
    settle: 'timer',
    removals: 0,
    make: (c) => heavyPage({ variant: 'none', port: c.port }),
  },
  'single-frame': {
    title: 'heavy news page, no banner, without its 4 embed frames: one page-sized frame',
    pass: 'core',
    settle: 'timer',
    removals: 0,
    make: (c) => heavyPage({ variant: 'none', port: c.port, embeds: false }),
  },
  'live-blog': {
    title: 'live blog, 500 elements/s',
    pass: 'core',
    settle: 'live',
    long: true,
    removals: 0,
    make: (c) => liveBlogPage({ port: c.port, durationMs: c.liveDurationMs }),
    warm: (c) => liveBlogPage({ port: c.port, durationMs: 1000 }),
  },
  'late-unknown': {
    title: 'heavy page, unknown banner 5 s after load',
    pass: 'core',
    settle: 'late',
    long: true,
    removals: 1,
    make: (c) =>
      heavyPage({
        variant: 'late-unknown',
        port: c.port,
        lateDelayMs: c.lateDelayMs,
        lateObserveMs: c.lateObserveMs,
      }),
    warm: (c) => heavyPage({ variant: 'late-unknown', port: c.port, lateDelayMs: 300, lateObserveMs: 300 }),
  },
  'ad-frames': {
    title: 'heavy news page, no banner, 20 cross-site ad frames (all in the page renderer)',
    pass: 'core',
    settle: 'timer',
    removals: 0,
    smallFrames: 20,
    make: (c) => heavyPage({ variant: 'none', port: c.port, adFrames: 20 }),
  },
  'heavy-plain-10x': {
    title: 'heavy news page at 10x: ~107,000 elements, no banner',
    pass: 'scale',
    scaleOf: 'heavy-plain',
    settle: 'timer',
    removals: 0,
    make: (c) => heavyPage({ variant: 'none', port: c.port, scale: 10 }),
  },
  'hostile-flood': {
    title: 'hostile: 100,000 nodes in bursts (every tenth consent-like), then OneTrust',
    pass: 'hostile',
    settle: 'banner',
    removals: 1,
    make: () => hostileFloodPage(),
  },
  'hostile-deep': {
    title: 'hostile: a 200,000-deep element chain, then OneTrust',
    pass: 'hostile',
    settle: 'banner',
    removals: 1,
    make: () => hostileDeepPage(),
  },
  'live-blog-10x': {
    title: 'live blog at 10x: 5,000 elements/s',
    pass: 'scale',
    scaleOf: 'live-blog',
    settle: 'live',
    long: true,
    removals: 0,
    make: (c) => liveBlogPage({ port: c.port, durationMs: c.liveDurationMs, perTick: 250 }),
    warm: (c) => liveBlogPage({ port: c.port, durationMs: 1000, perTick: 250 }),
  },
};

import type { OwnRule } from './compile';

/**
 * Rules of our own, only for banners the autoconsent data does not hide (or names poorly).
 * Each one has a fixture page under tests/fixtures/platforms/ that proves it.
 */
export const OWN_RULES: OwnRule[] = [
  {
    rule: 'cookieyes-preference-centre',
    platform: 'CookieYes',
    selectors: ['.cky-modal.cky-modal-open', '.cky-consent-container', '.cky-overlay'],
  },
  {
    rule: 'osano-cookieconsent-oss',
    platform: 'Osano Cookie Consent (open source)',
    selectors: [
      '.cc-window.cc-banner',
      '.cc-window.cc-floating',
      '[aria-describedby="cookieconsent:desc"].cc-window',
    ],
  },
  {
    rule: 'usercentrics-root',
    platform: 'Usercentrics',
    selectors: ['#usercentrics-root', '#usercentrics-cmp-ui'],
  },
  {
    rule: 'evidon',
    platform: 'Evidon',
    selectors: ['#_evidon_banner', '#_evidon-background', '#_evidon-barrier-wrapper'],
  },
  {
    rule: 'eu-cookie-compliance',
    platform: 'EU Cookie Compliance',
    selectors: ['#sliding-popup'],
  },
  {
    rule: 'commanders-act',
    platform: 'Commanders Act',
    selectors: ['#footer_tc_privacy', '#popin_tc_privacy', '#privacy-overlay'],
  },
  { rule: 'cookie-notice', platform: 'Cookie Notice', selectors: ['#cookie-notice'] },
  {
    rule: 'orejime',
    platform: 'Orejime',
    // 2.x: Notice and ModalPortal; 3.x (npm orejime 3.2.1) renamed them Banner, BannerOverlay
    // (the modal banner with mustConsent) and ModalWrapper.
    selectors: [
      '.orejime-Notice',
      '.orejime-ModalPortal',
      '.orejime-ModalOverlay',
      '.orejime-Banner',
      '.orejime-BannerOverlay',
      '.orejime-ModalWrapper',
    ],
  },
  // Its README's notice says only that the site uses cookies, with one "Got it" button: too little
  // for the generic detector to tell from a promo bar in the page's flow, but the component's class is
  // its own.
  { rule: 'react-cookie-banner', platform: 'react-cookie-banner', selectors: ['.react-cookie-banner'] },
  // consentmanager's newer markup draws its box in a shadow root: the host is what can be hidden.
  { rule: 'consentmanager-shadow', platform: 'consentmanager', selectors: ['#cmpwrapper'] },
];

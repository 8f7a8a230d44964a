import {
  type ButtonKind,
  classifyButtonLabel,
  consentPhrases,
  isPolicyLinkText,
  notConsentPhrases,
  privacyPhrases,
} from './text-signals';
import { type ShadowRootOf, walkSubtree } from './walk';

/** What an element says and offers, as evidence for or against it being a consent overlay. */
export interface Signals {
  consent: string[];
  privacy: string[];
  notConsent: string[];
  buttons: Record<ButtonKind, string[]>;
  policyLinks: number;
  switches: number;
  /** Text fields other than checkboxes: logins, newsletters and searches have them, consent banners do not. */
  textFields: number;
  passwordFields: number;
  /** Videos, large images and foreign iframes: players and lightboxes. */
  media: number;
  /** Headings, articles, main landmarks: page content, not an overlay. */
  contentLandmarks: number;
  textLength: number;
  /** The text the signals were read from, bounded. */
  text: string;
}

const TEXT_BUDGET = 5000;
const LABEL_MAX = 60;

function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text && text.length <= LABEL_MAX) return text;
  if (aria) return aria.trim();
  if (el.localName === 'input') return (el as HTMLInputElement).value ?? '';
  return text.slice(0, LABEL_MAX);
}

/**
 * Buttons, and links that act as buttons (no destination, or role=button). A link to another
 * page is navigation: a footer's "Consent choices" link is not a consent choice.
 */
function isButtonLike(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'button' || el.getAttribute('role') === 'button') return true;
  if (tag === 'input') return /^(button|submit)$/i.test((el as HTMLInputElement).type);
  if (tag !== 'a') return false;
  const href = el.getAttribute('href');
  return href === null || href === '' || href.startsWith('#') || /^javascript:/i.test(href);
}

/** Reads the signals of one candidate; `extraText` is what a closed host or an iframe exposes. */
export function collectSignals(el: Element, shadowRootOf: ShadowRootOf, extraText = ''): Signals {
  const texts: string[] = extraText ? [extraText] : [];
  let textLength = extraText.length;
  const buttons: Record<ButtonKind, string[]> = { accept: [], reject: [], settings: [], dismiss: [] };
  let policyLinks = 0;
  let switches = 0;
  let textFields = 0;
  let passwordFields = 0;
  let media = 0;
  let contentLandmarks = 0;
  walkSubtree(
    el,
    shadowRootOf,
    (node) => {
      const tag = node.localName;
      const role = node.getAttribute('role');
      if (isButtonLike(node)) {
        const label = labelOf(node);
        const kind = label ? classifyButtonLabel(label) : null;
        if (kind) buttons[kind].push(label);
        return undefined;
      }
      if (tag === 'a') {
        const label = labelOf(node);
        if (label && isPolicyLinkText(label)) policyLinks++;
        return undefined;
      }
      if (tag === 'input') {
        const type = ((node as HTMLInputElement).type || 'text').toLowerCase();
        if (type === 'checkbox' || type === 'radio') switches++;
        else if (type === 'password') passwordFields++;
        else if (!/^(hidden|button|submit|reset|image)$/.test(type)) textFields++;
      } else if (role === 'switch' || role === 'checkbox') switches++;
      else if (tag === 'textarea' || tag === 'select') textFields++;
      else if (tag === 'video' || tag === 'audio') media++;
      else if (tag === 'iframe') media++;
      else if (tag === 'img') {
        const r = node.getBoundingClientRect();
        if (r.width * r.height > 120000) media++;
      } else if (tag === 'article' || tag === 'main' || tag === 'h1' || role === 'main') contentLandmarks++;
      return undefined;
    },
    (text) => {
      if (textLength < TEXT_BUDGET) texts.push(text);
      textLength += text.length;
    },
  );
  const text = texts.join(' ').replace(/\s+/g, ' ').slice(0, TEXT_BUDGET);
  return {
    consent: consentPhrases(text),
    privacy: privacyPhrases(text),
    notConsent: notConsentPhrases(text),
    buttons,
    policyLinks,
    switches,
    textFields,
    passwordFields,
    media,
    contentLandmarks,
    textLength,
    text,
  };
}

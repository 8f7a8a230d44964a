import {
  type ButtonKind,
  classifyButtonLabel,
  consentPhrases,
  hasConsentWording,
  isPolicyLinkText,
  notConsentPhrases,
  privacyPhrases,
} from './text-signals';
import { THRESHOLDS as T } from './thresholds';
import { type ShadowRootOf, walkSubtree } from './walk';

/** What an element says and offers, as evidence for or against it being a consent overlay. */
export interface Signals {
  consent: string[];
  privacy: string[];
  notConsent: string[];
  buttons: Record<ButtonKind, string[]>;
  /** Accept, reject and settings buttons whose label names cookies or consent ("Accept cookies", "Cookie settings"). */
  namedChoices: number;
  /** Labels of buttons no consent kind names ("Close", "×"); an icon-only button counts as "×". */
  otherButtons: string[];
  /** Consent phrases in the candidate's own sentences, outside its buttons and links. */
  proseConsent: string[];
  /** Characters of those sentences: a "Cookie settings" tab or icon has none. */
  proseLength: number;
  policyLinks: number;
  /** Checkboxes, toggles and two-way radio pairs: a consent dialog's categories. */
  switches: number;
  /**
   * Options of the largest group of radio buttons sharing a name with at least
   * `questionMinOptions` of them (0 if none): one answer among several is a survey's or a poll's
   * question, not a category switched on or off.
   */
  questionOptions: number;
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

const TEXT_BUDGET = T.textBudget;
const LABEL_MAX = T.labelMax;
/** Shown for a button with no words (an icon): it closes, as far as anyone can tell. */
const ICON_LABEL = '×';

function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  // A component's template leaves white space around its slots: only words count as its own text.
  const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const text = own || slottedText(el).replace(/\s+/g, ' ').trim();
  if (text && text.length <= LABEL_MAX) return text;
  if (aria) return aria.trim();
  const title = el.getAttribute('title');
  if (!text && title) return title.trim();
  if (el.localName === 'input') return (el as HTMLInputElement).value ?? '';
  return text.slice(0, LABEL_MAX);
}

/** A design system's button shows its host's light text through a slot: that text is its label. */
function slottedText(el: Element): string {
  let text = '';
  for (const slot of el.querySelectorAll('slot')) {
    for (const n of (slot as HTMLSlotElement).assignedNodes({ flatten: true })) text += n.textContent ?? '';
  }
  return text;
}

/**
 * Buttons, and links that act as buttons (no destination, or role=button). A link to another
 * page is navigation: a footer's "Consent choices" link is not a consent choice (one named as
 * accepting is, below).
 */
function isButtonLike(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'button' || el.getAttribute('role') === 'button') return true;
  if (tag === 'input') return /^(button|submit)$/i.test((el as HTMLInputElement).type);
  if (tag !== 'a') return false;
  const href = el.getAttribute('href');
  return href === null || href === '' || href.startsWith('#') || /^javascript:/i.test(href);
}

/** What marks an element as a dialog of its own, whatever the page around it. */
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/**
 * Whether a heading is the title of a dialog inside the candidate (a consent library's
 * `<h1>Cookies & Privacy</h1>` in its `role="dialog"` panel) rather than the page's own heading.
 * The dialog counts only within the candidate: in its subtree, or in a shadow tree it holds.
 */
function titlesDialogOf(heading: Element, root: Element): boolean {
  const dialog = heading.closest(DIALOG);
  if (!dialog) return false;
  return dialog === root || root.contains(dialog) || dialog.getRootNode() !== root.getRootNode();
}

/** Whether text under `parent` belongs to a button or link of the candidate (its label, not its sentences). */
function insideControl(parent: Element, root: Element, controls: Set<Element>): boolean {
  if (!controls.size) return false;
  for (let n: Element | null = parent; n && n !== root; n = n.parentElement) if (controls.has(n)) return true;
  return false;
}

/** Reads the signals of one candidate; `extraText` is what a closed host or an iframe exposes. */
export function collectSignals(el: Element, shadowRootOf: ShadowRootOf, extraText = ''): Signals {
  const texts: string[] = extraText ? [extraText] : [];
  // What a closed host or a frame exposes is its description: it counts as its sentences.
  const prose: string[] = extraText ? [extraText] : [];
  let proseLength = extraText.length;
  const controls = new Set<Element>();
  const otherButtons: string[] = [];
  let textLength = extraText.length;
  const buttons: Record<ButtonKind, string[]> = { accept: [], reject: [], settings: [], dismiss: [] };
  let policyLinks = 0;
  let switches = 0;
  const radioGroups = new Map<string, number>();
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
        controls.add(node);
        const label = labelOf(node);
        const kind = label ? classifyButtonLabel(label) : null;
        if (kind) buttons[kind].push(label);
        // A "Cookie policy" link that opens the policy in place (href="#", a script) is still the policy link.
        else if (label && isPolicyLinkText(label)) policyLinks++;
        else otherButtons.push(label || ICON_LABEL);
        return undefined;
      }
      if (tag === 'a') {
        controls.add(node);
        const label = labelOf(node);
        // A link named as accepting is that choice, wherever it leads: a library may give its
        // "Accept cookies" a consent service's address, for pages without script. Not a refusal:
        // "Do not sell or share my personal information" is a link in many a footer.
        if (label && classifyButtonLabel(label) === 'accept') buttons.accept.push(label);
        else if (label && isPolicyLinkText(label)) policyLinks++;
        return undefined;
      }
      if (tag === 'input') {
        const type = ((node as HTMLInputElement).type || 'text').toLowerCase();
        const name = type === 'radio' ? (node as HTMLInputElement).name : '';
        if (name) radioGroups.set(name, (radioGroups.get(name) ?? 0) + 1);
        else if (type === 'checkbox' || type === 'radio') switches++;
        else if (type === 'password') passwordFields++;
        else if (!/^(hidden|button|submit|reset|image)$/.test(type)) textFields++;
      } else if (role === 'switch' || role === 'checkbox') switches++;
      else if (tag === 'textarea' || tag === 'select') textFields++;
      else if (tag === 'video' || tag === 'audio') media++;
      else if (tag === 'iframe') media++;
      else if (tag === 'img') {
        const r = node.getBoundingClientRect();
        if (r.width * r.height > T.largeImageArea) media++;
      } else if (tag === 'article' || tag === 'main' || role === 'main') contentLandmarks++;
      else if (tag === 'h1' && !titlesDialogOf(node, el)) contentLandmarks++;
      return undefined;
    },
    (text, parent) => {
      if (textLength < TEXT_BUDGET) texts.push(text);
      textLength += text.length;
      if (proseLength < TEXT_BUDGET && !insideControl(parent, el, controls)) {
        prose.push(text);
        proseLength += text.length;
      }
    },
  );
  let questionOptions = 0;
  for (const options of radioGroups.values()) {
    if (options < T.questionMinOptions) switches += options;
    else questionOptions = Math.max(questionOptions, options);
  }
  const text = texts.join(' ').replace(/\s+/g, ' ').slice(0, TEXT_BUDGET);
  const proseText = prose.join(' ').replace(/\s+/g, ' ').slice(0, TEXT_BUDGET);
  return {
    consent: consentPhrases(text),
    privacy: privacyPhrases(text),
    notConsent: notConsentPhrases(text),
    buttons,
    namedChoices: [...buttons.accept, ...buttons.reject, ...buttons.settings].filter(hasConsentWording)
      .length,
    otherButtons,
    proseConsent: proseText ? consentPhrases(proseText) : [],
    proseLength,
    policyLinks,
    switches,
    questionOptions,
    textFields,
    passwordFields,
    media,
    contentLandmarks,
    textLength,
    text,
  };
}

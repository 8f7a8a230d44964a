/**
 * Every number the generic detector weighs a candidate by, in one place, each with the reason for
 * its value. Geometry is in CSS pixels or shares of the viewport; scores are points.
 */
export const THRESHOLDS = {
  // --- geometry: how an element sits over the page -------------------------------------------------
  /** A positioned element this close (px) to a viewport edge touches it: sub-pixel borders and rounding. */
  edgeSlackPx: 4,
  /** Share of the viewport width from which a box counts as a bar, not a box: banners span most of it. */
  barMinWidth: 0.6,
  /** Highest share of the viewport a bar may take; taller is a dialog or a page. */
  barMaxHeight: 0.7,
  /** Share of the viewport an overlay covers from which it is a wall over the page. */
  viewportCover: 0.85,
  /** How far (share of the width) a box's centre may sit from the viewport's centre to be a centred dialog. */
  centreSlackX: 0.15,
  /** The same, vertically: dialogs often sit a little above the middle. */
  centreSlackY: 0.25,
  /** A box within this share of the viewport from an edge sits in a corner or at that edge. */
  cornerZone: 0.2,
  /** z-index from which an absolute element is drawn over the page rather than in a layout. */
  absoluteOverlayZ: 100,
  /** Share of the viewport width a block in normal flow must span to be a page-wide bar. */
  inFlowMinWidth: 0.55,
  /** Highest share of the viewport a block in normal flow may take: taller is the page itself. */
  inFlowMaxHeight: 0.5,
  /** How far (px) from the document's start or end a block in normal flow may begin or end. */
  inFlowEdgePx: 48,
  /**
   * How many levels under body a consent hit in normal flow may sit and still be measured as part of a
   * bar: design systems nest the banner's sentence in a container, a grid row and a column, and put
   * the banner in a page wrapper (ONS's sits 8 levels down). Deeper is page content, not measured.
   */
  maxBarDepth: 9,

  /** A positioned wrapper joins its overlay while its text grows by at most this factor (a backdrop, a frame)... */
  wrapperTextGrowth: 1.3,
  /** ... plus this many characters (a close label, a heading); more is an app shell holding the page. */
  wrapperTextSlack: 200,

  // --- score: points for each piece of evidence ----------------------------------------------------
  /** Scores at or above this hide an overlay: wording (3), a choice (2) and a position (2) together. */
  hide: 7,
  /** Blocks in normal flow look like headers and footers: they need more (wording, a choice and a policy link). */
  hideInFlow: 9,
  /**
   * ... and one point less when it offers both accept and reject, or says twice over that it is about
   * cookies (a sentence saying the site uses them): headers and footers do neither.
   */
  hideInFlowStrong: 8,
  /**
   * A notice that offers no choice and points nowhere (no policy link, no privacy wording) needs this
   * much more: a tip card or a promo says "we use cookies" too, a notice says it more than once.
   */
  bareNoticeExtra: 1,
  /** A notice with no choice but a dismiss button or a policy link must say more: two consent phrases at least. */
  noticeMinConsentPhrases: 2,
  /** A banner says something besides its buttons: fewer characters of sentences is a control (a "manage cookies" tab). */
  minProseChars: 20,
  /** Points for the first consent phrase: consent wording is the one signal every banner has. */
  consentFirst: 3,
  /** Consent wording counts at most this: a long privacy policy repeats every phrase. */
  consentMax: 6,
  /** Points for a dismiss-only button (Close, ×, Got it): weaker than a choice, every popup has one. */
  dismissButton: 1,
  /** A password field makes a sign-in form: strongest sign of something else. */
  passwordField: -6,
  /** Text fields make a form (newsletter, search): banners have none. */
  textFields: -3,
  /** Each phrase of another purpose (subscribe, download the app, age) takes this much. */
  otherPurpose: -2,
  /** ... counted for at most this many phrases. */
  otherPurposeMaxPhrases: 3,
  /**
   * A group of radio buttons with this many options or more asks one question (a survey, a poll,
   * an edition chooser); a consent dialog's radios come in pairs (on / off) per category.
   */
  questionMinOptions: 3,
  /** ... and such a question counts this much against a candidate that offers no accept or reject. */
  question: -2,
  /** Videos, large images and frames belong to players and lightboxes. */
  media: -3,
  /** An article, main landmark or page heading is page content. */
  contentLandmarks: -4,
  /** Text longer than this (characters) is a page, not a notice. */
  longText: 3000,
  longTextPoints: -4,

  /** An article under a cookie wall shorter than this (characters) is a teaser: the site withholds the text. */
  withheldArticleChars: 600,

  // --- a consent dialog in a frame of its own (lib/detect/frame-document.ts) -----------------------
  /**
   * A frame's document taller than this many of its own viewports is a page to scroll through,
   * not a dialog: a consent layer fills its frame, with at most a vendor list to scroll.
   */
  frameDialogMaxScreens: 3,
  /** A frame narrower or lower than this (px) is a tracking pixel or a button, never a dialog. */
  frameDialogMinPx: 40,
  /**
   * How far (px) the frame's own viewport may differ from its iframe's content box in the top
   * document: rounding of fractional layouts and zoom. More is another frame.
   */
  frameBoxSlackPx: 2,
  /** Frames the top document hides for their own content scripts, at most, per page load: a page shows one consent layer. */
  maxRelayedFrames: 4,
  /** How long (ms) a frame watches its document for a dialog rendered after it parsed (a consent layer's script). */
  frameWatchMs: 10_000,
  /** Mutations in a watched frame are looked at once per this many ms at most: a frame that animates costs a check now and then. */
  frameWatchIntervalMs: 100,
  /** Looks at its own document a frame takes at most (each reads up to longText characters): then it stops watching. */
  frameWatchMaxChecks: 40,

  // --- signals ------------------------------------------------------------------------------------
  /** Characters of a candidate's text read for wording; banners say what they need in far less. */
  textBudget: 5000,
  /** A button label longer than this is a sentence; its aria-label names it instead. */
  labelMax: 60,
  /** Images larger than this (px²) are media; icons and logos are smaller. */
  largeImageArea: 120_000,

  // --- detector: work and waiting ----------------------------------------------------------------
  /** Work per animation frame (ms), so a page adding thousands of nodes never gets a long task from us. */
  frameBudgetMs: 6,
  /**
   * Compiling the phrase expressions when the detector arrives (ms per task before it yields): a
   * part takes up to ~20 ms on a 2-core machine, so a task stays under 50 ms (a long task); each
   * yield lets the page render a frame, so more, shorter tasks keep a held-back banner's scroll
   * lock longer (10 ms slices: ~0.1 s more on a wall that locks the page).
   */
  compileSliceMs: 25,
  /** Pages flip body classes on scroll: a body class change is looked at most this often (ms). */
  bodyAttributeIntervalMs: 1000,
  /** Hidden candidates kept to look at again when something changes: a page has a few, not hundreds. */
  maxDormant: 32,
  /** Custom elements waited on for their shadow content: design systems put one banner on a page. */
  maxPendingHosts: 32,
  /** How long (frames, about 60 a second) a custom element is watched for its shadow content: 10 s covers a lazily loaded definition. */
  pendingHostFrames: 600,
  /** Frames a same-origin frame is watched until its document has parsed. */
  frameParseFrames: 120,
  /** Elements inside a candidate looked at for a box: a banner draws something near its top. */
  renderCheckElements: 200,
  /** Elements inside a zero-size custom element searched for the box its shadow tree draws. */
  shadowBoxSearch: 200,

  // --- deep trees: work that would grow with the page's depth ---------------------------------------
  /**
   * Elements more than this far below the top of the tree are never looked at. The HTML parser
   * nests no deeper than 512, so only a script builds deeper trees and no banner is drawn there;
   * walking up from such an element (for its overlay, on every change) costs its depth each time.
   */
  maxBannerDepth: 512,
  /** Ancestors walked to forget what was known of a changed subtree; deeper, everything is forgotten at once. */
  maxAncestorSteps: 64,
  /**
   * An animation that starts from a hidden first keyframe (an entrance after a delay), or a
   * transition from visibility:hidden, shows its element only once its time has moved past 0:
   * dormant candidates are looked at this many frames after an animation or transition starts in one.
   */
  animationWakeFrames: 5,
  /**
   * How far below a changed subtree the text search goes. Every level reads its subtree's whole
   * text, so a 200,000-deep chain would cost that squared (and overflow the stack); past this
   * depth the element reached stands for the text inside it.
   */
  maxTextDepth: 64,
} as const;

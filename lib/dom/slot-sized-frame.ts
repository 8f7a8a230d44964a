/**
 * Sizes of the frames no consent platform draws its banner in: ad slots and widgets. The IAB's
 * slots are 300, 160 or 320 px wide (medium rectangle, skyscraper, mobile banner) or 90 and 50 px
 * high (leaderboard, mobile banner); a frame not laid out (0 × 0: tracking and sync frames, or one
 * not sized yet) is in the same case until it is given a size.
 */
export const SLOT_MAX_WIDTH_PX = 480;
export const SLOT_MAX_HEIGHT_PX = 120;
/** A low frame this wide may be a bar across the page (a leaderboard is 728 px wide). */
export const PAGE_BAR_MIN_WIDTH_PX = 800;
/** On a phone every frame is narrow: one across this share of the screen is the page's width. */
export const SCREEN_WIDTH_SHARE = 0.9;

/**
 * Whether this sub-frame is the size of an ad slot (or has no size yet): the known platforms'
 * rules wait until it grows, so the many ad frames of a news page cost next to nothing.
 */
export function isSlotSizedFrame(win: Window): boolean {
  if (win === win.top) return false;
  const width = win.innerWidth;
  const height = win.innerHeight;
  const screenWidth = win.screen?.width ?? 0;
  if (width > 0 && screenWidth > 0 && width >= screenWidth * SCREEN_WIDTH_SHARE) return false;
  return width < SLOT_MAX_WIDTH_PX || (height < SLOT_MAX_HEIGHT_PX && width < PAGE_BAR_MIN_WIDTH_PX);
}

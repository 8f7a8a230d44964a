/** Set on an element Unbanner hid; its value is the removal id. */
export const HIDDEN_ATTR = 'data-unbanner';
/** Set on an element the user brought back: no Unbanner style applies to it any more. */
export const SHOWN_ATTR = 'data-unbanner-shown';
/** Name of the keyframes whose start tells that a pre-hidden element was rendered. */
export const SEEN_ANIMATION = 'unbanner-seen';

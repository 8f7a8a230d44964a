import { describe, expect, it } from 'vitest';
import { shadowText } from '@/lib/dom/shadow-text';

describe('shadowText', () => {
  it("reads a component's words and slots' fallbacks, not its style sheets or scripts", () => {
    const host = document.createElement('cookie-bar');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<style>.bar{position:fixed} .cookie-icon{width:1em}</style><link rel="stylesheet" href="/bar.css">' +
      '<div class="bar"><p>We use cookies.</p><slot name="more">Read our policy</slot><button>OK</button></div>' +
      '<script>var cookies = 1;</script>';
    const text = shadowText(shadow);
    expect(text).toContain('We use cookies.');
    expect(text).toContain('Read our policy');
    expect(text).toContain('OK');
    expect(text).not.toContain('position');
    expect(text).not.toContain('cookie-icon');
    expect(text).not.toContain('var cookies');
  });
});

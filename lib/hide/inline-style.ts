/** Remembers the inline values it overrides so that a restore puts the page back exactly. */
export class InlineStyleLedger {
  private saved = new Map<HTMLElement | SVGElement, Map<string, [string, string]>>();

  set(el: HTMLElement | SVGElement, property: string, value: string): void {
    let props = this.saved.get(el);
    if (!props) {
      props = new Map();
      this.saved.set(el, props);
    }
    if (!props.has(property)) {
      props.set(property, [el.style.getPropertyValue(property), el.style.getPropertyPriority(property)]);
    }
    el.style.setProperty(property, value, 'important');
  }

  restoreAll(): void {
    for (const [el, props] of this.saved) {
      for (const [property, [value, priority]] of props) {
        if (value) el.style.setProperty(property, value, priority);
        else el.style.removeProperty(property);
      }
    }
    this.saved.clear();
  }
}

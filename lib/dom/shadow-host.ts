/** The host, in the document itself, of the shadow tree a node is in; null for a node of the document. */
export function outermostHost(node: Node): Element | null {
  let host: Element | null = null;
  for (let root = node.getRootNode(); isShadowRoot(root); ) {
    host = (root as ShadowRoot).host;
    root = host.getRootNode();
  }
  return host;
}

/** By node type and host rather than instanceof, which fails across realms (a frame's nodes). */
function isShadowRoot(n: Node): boolean {
  return n.nodeType === 11 && 'host' in n && !!(n as ShadowRoot).host;
}

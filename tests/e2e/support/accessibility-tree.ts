/**
 * What Chromium's accessibility tree says of an element (through the DevTools protocol): its computed
 * name and description, as a screen reader gets them, not the attributes that should make them.
 */
import type { Page } from 'playwright-core';

export interface AccessibleNode {
  role: string;
  name: string;
  description: string;
}

/** Every element `selector` matches, in document order (none: an empty list). */
export async function accessibleNodes(page: Page, selector: string): Promise<AccessibleNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const text = (value: { value?: unknown } | undefined) => (typeof value?.value === 'string' ? value.value : '');
    const found: AccessibleNode[] = [];
    for (const nodeId of nodeIds) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const node = nodes[0];
      found.push({ role: text(node?.role), name: text(node?.name), description: text(node?.description) });
    }
    return found;
  } finally {
    await cdp.detach();
  }
}

export async function accessibleNode(page: Page, selector: string): Promise<AccessibleNode> {
  const [node] = await accessibleNodes(page, selector);
  if (!node) throw new Error(`Aucun élément ne répond à ${selector}.`);
  return node;
}

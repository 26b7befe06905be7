/**
 * Marks search terms in a subtree, like the search plugin does for the page it lands on. Needed
 * because a chapter's live tree replaces the static copy that the plugin had already marked.
 */
export function highlightTerms(root: Element, terms: readonly string[]): number {
  const words = terms.map((t) => t.trim()).filter((t) => t.length > 0);
  if (words.length === 0) return 0;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, button, summary, [aria-live]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let count = 0;
  for (const text of texts) {
    const value = text.data;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      const start = match.index;
      if (start > last) parts.push(value.slice(last, start));
      const mark = document.createElement('mark');
      mark.textContent = match[0];
      parts.push(mark);
      last = start + match[0].length;
      count += 1;
    }
    if (parts.length === 0) continue;
    if (last < value.length) parts.push(value.slice(last));
    text.replaceWith(...parts);
  }
  return count;
}

/**
 * Column groups drawn as header cells that hold their columns' header cells (Tabulator: a group's title, then its
 * columns inside it, all `role=columnheader`): laid out as header rows, each group over its columns, so a column's
 * heading is its path ("Thanh toán trực tuyến › Đã thanh toán trực tuyến"), not the group's whole text. The spans go
 * on detached stand-ins, never on the page's own elements.
 */
interface HeaderNode {
  title: string;
  children: HeaderNode[];
}

const isHeader = (el: Element): boolean => el.getAttribute('role') === 'columnheader';

/** The header cells right inside `el` (not those inside them). */
function innerHeaders(el: Element, into: Element[] = []): Element[] {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (isHeader(c)) into.push(c);
    else innerHeaders(c, into);
  }
  return into;
}

/** A header cell's own title: its text outside the header cells it holds. */
function ownTitle(el: Element): string {
  let text = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) text += c.textContent ?? '';
    else if (c.nodeType === 1 && !isHeader(c as Element)) text += (c as Element).querySelector('[role=columnheader]') ? ownTitle(c as Element) : ` ${c.textContent ?? ''} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function node(el: Element): HeaderNode {
  return { title: ownTitle(el), children: innerHeaders(el).map(node) };
}

const depth = (n: HeaderNode): number => 1 + Math.max(0, ...n.children.map(depth));
const width = (n: HeaderNode): number => (n.children.length === 0 ? 1 : n.children.reduce((sum, c) => sum + width(c), 0));

/** The header rows of one row of header cells holding others; null when none holds another. */
export function nestedHeaderRows(row: readonly Element[]): Element[][] | null {
  const first = row[0];
  if (!first || !row.every(isHeader) || !row.some((cell) => cell.querySelector('[role=columnheader]') !== null)) return null;
  const doc = first.ownerDocument;
  const tops = row.map(node);
  const levels = Math.max(...tops.map(depth));
  const rows: Element[][] = [];
  let level: HeaderNode[] = tops;
  for (let l = 0; l < levels && level.length > 0; l++) {
    rows.push(level.map((n) => {
      const cell = doc.createElement('div');
      cell.setAttribute('role', 'columnheader');
      cell.setAttribute('aria-colspan', String(width(n)));
      cell.setAttribute('aria-rowspan', String(n.children.length > 0 ? 1 : levels - l));
      cell.textContent = n.title;
      return cell;
    }));
    level = level.flatMap((n) => n.children);
  }
  return rows;
}

import {Children, cloneElement, isValidElement, type ReactElement, type ReactNode} from 'react';

type WithChildren = ReactElement<{readonly children?: ReactNode}>;

const isElement = (node: ReactNode): node is WithChildren => isValidElement(node);

/** The text of a node, as a reader sees it (inline code, links and emphasis included). */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isElement(node)) return textOf(node.props.children);
  return '';
}

const rowsOf = (section: ReactNode): WithChildren[] => Children.toArray(section).filter(isElement);

/** The column headers of a Markdown table: the cells of its head's first row. */
export function columnLabels(children: ReactNode): string[] {
  const head = Children.toArray(children)
    .filter(isElement)
    .find((el) => el.type === 'thead');
  const firstRow = head ? rowsOf(head.props.children)[0] : undefined;
  return firstRow ? rowsOf(firstRow.props.children).map((cell) => textOf(cell.props.children).trim()) : [];
}

/**
 * The table's sections with each body cell labelled by its column header (`data-label`), so that on
 * a narrow screen each row can show as a card of "header: value" lines (CSS), in the server HTML
 * too. Every part gets its table role explicitly: the card layout changes the parts' display,
 * which drops a table's implicit semantics in some browsers.
 */
export function labelCells(children: ReactNode, labels: readonly string[]): ReactNode {
  return Children.map(children, (section) => {
    if (!isElement(section) || (section.type !== 'tbody' && section.type !== 'thead')) return section;
    const head = section.type === 'thead';
    return cloneElement(
      section as ReactElement<Record<string, unknown>>,
      {role: 'rowgroup'},
      rowsOf(section.props.children).map((row, r) =>
        cloneElement(
          row as ReactElement<Record<string, unknown>>,
          {key: r, role: 'row'},
          rowsOf(row.props.children).map((cell, i) =>
            cloneElement(
              cell as ReactElement<Record<string, unknown>>,
              head ? {key: i, role: 'columnheader'} : {key: i, role: 'cell', 'data-label': labels[i] ?? ''},
            ),
          ),
        ),
      ),
    );
  });
}

import React from 'react';
import {act, render, screen} from '@testing-library/react';
import ScrollableTable from '@site/src/components/ScrollableTable';

/** A ResizeObserver stand-in whose callbacks the test fires. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: () => void) {
    FakeResizeObserver.instances.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  fire() {
    this.callback();
  }
}

function setWidths(el: HTMLElement, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(el, 'scrollWidth', {configurable: true, value: scrollWidth});
  Object.defineProperty(el, 'clientWidth', {configurable: true, value: clientWidth});
}

function renderTable() {
  return render(
    <ScrollableTable>
      <tbody>
        <tr>
          <td>cell</td>
        </tr>
      </tbody>
    </ScrollableTable>,
  );
}

describe('ScrollableTable', () => {
  beforeEach(() => {
    FakeResizeObserver.instances = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('renders the table inside a scroll box that is no tab stop while the table fits', () => {
    renderTable();
    const table = screen.getByRole('table');
    expect(table.parentElement).not.toHaveAttribute('tabindex');
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('cell')).toHaveTextContent('cell');
  });

  it('becomes a labelled, focusable region when the table overflows, and stops being one when it fits', () => {
    renderTable();
    const box = screen.getByRole('table').parentElement!;
    const observer = FakeResizeObserver.instances[0]!;
    expect(observer.observed).toContain(box);

    setWidths(box, 900, 360);
    act(() => observer.fire());
    const region = screen.getByRole('region', {name: 'Table, scrolls sideways'});
    expect(region).toHaveAttribute('tabindex', '0');

    setWidths(box, 700, 700);
    act(() => observer.fire());
    expect(screen.queryByRole('region')).toBeNull();
    expect(box).not.toHaveAttribute('tabindex');
  });

  it('stops observing when it unmounts', () => {
    const {unmount} = renderTable();
    unmount();
    expect(FakeResizeObserver.instances[0]!.disconnected).toBe(true);
  });

  it('labels each body cell with its column header for the phone card layout, from three columns', () => {
    render(
      <ScrollableTable>
        <thead>
          <tr>
            <th>Tool</th>
            <th>
              <code>p99</code> latency
            </th>
            <th>Cost</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Triton</td>
            <td>12 ms</td>
            <td>low</td>
          </tr>
        </tbody>
      </ScrollableTable>,
    );
    const cells = screen.getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('data-label'))).toEqual(['Tool', 'p99 latency', 'Cost']);
    expect(screen.getAllByRole('columnheader')).toHaveLength(3);
    expect(screen.getByRole('table')).toHaveAttribute('role', 'table');
  });

  it('leaves a two-column table as it is', () => {
    render(
      <ScrollableTable>
        <thead>
          <tr>
            <th>Term</th>
            <th>Meaning</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>PSI</td>
            <td>Population stability index</td>
          </tr>
        </tbody>
      </ScrollableTable>,
    );
    expect(screen.getAllByRole('cell').every((c) => !c.hasAttribute('data-label'))).toBe(true);
  });

  it('shows a line saying the table scrolls while it overflows', () => {
    renderTable();
    const box = screen.getByRole('table').parentElement!;
    setWidths(box, 900, 360);
    act(() => FakeResizeObserver.instances[0]!.fire());
    expect(screen.getByText('Scroll sideways for more →')).toBeInTheDocument();
  });
});

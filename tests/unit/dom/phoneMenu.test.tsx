import React from 'react';
import {act, render, screen} from '@testing-library/react';
import {usePhoneMenuWanted} from '@site/src/phoneMenu/usePhoneMenuWanted';

function Probe({shown}: {shown: boolean}) {
  return <p>{usePhoneMenuWanted(shown) ? 'wanted' : 'waiting'}</p>;
}

const page = (shown = false) =>
  render(
    <>
      <button type="button" className="navbar__toggle">
        <svg aria-hidden="true" />
      </button>
      <button type="button">elsewhere</button>
      <Probe shown={shown} />
    </>,
  );

describe('usePhoneMenuWanted', () => {
  it('waits while the reader does other things', () => {
    page();
    act(() => {
      screen.getByText('elsewhere').dispatchEvent(new Event('pointerdown', {bubbles: true}));
      screen.getByText('elsewhere').focus();
    });
    expect(screen.getByText('waiting')).toBeTruthy();
  });

  it('is wanted from a press on the menu button (or its icon), before the click', () => {
    const {container} = page();
    act(() => {
      container.querySelector('svg')!.dispatchEvent(new Event('pointerdown', {bubbles: true}));
    });
    expect(screen.getByText('wanted')).toBeTruthy();
  });

  it('is wanted when the keyboard reaches the button, and stays wanted', () => {
    const {container} = page();
    act(() => container.querySelector<HTMLButtonElement>('.navbar__toggle')!.focus());
    act(() => screen.getByText('elsewhere').focus());
    expect(screen.getByText('wanted')).toBeTruthy();
  });

  it('is wanted when the menu is shown some other way', () => {
    page(true);
    expect(screen.getByText('wanted')).toBeTruthy();
  });
});

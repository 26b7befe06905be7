import '@testing-library/jest-dom/vitest';
import {cleanup} from '@testing-library/react';
import {afterEach, vi} from 'vitest';
import {setHash, setSearch} from './stubs/router';

// The snippet tests run in plain Node; everything below is for the DOM tests.
const hasDom = typeof window !== 'undefined';

afterEach(() => {
  if (!hasDom) return;
  cleanup();
  setHash('');
  setSearch('');
  localStorage.clear();
});

// jsdom has no layout, so no scrolling: record calls instead.
if (hasDom) Element.prototype.scrollIntoView = vi.fn();

// jsdom has <dialog> without its modal methods: enough of them for the confirm dialogs.
if (hasDom && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

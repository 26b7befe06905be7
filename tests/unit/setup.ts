import '@testing-library/jest-dom/vitest';
import {cleanup, configure} from '@testing-library/react';
import {afterEach, vi} from 'vitest';
import {setHash, setSearch} from './stubs/router';

// Only the dom project (vitest.config.ts) loads this file.
const hasDom = typeof window !== 'undefined';

afterEach(() => {
  if (!hasDom) return;
  cleanup();
  setHash('');
  setSearch('');
  localStorage.clear();
});

// findBy* and waitFor give up after 1 s by default; a loaded 2-core machine (check runs four tools
// at once) needs longer at times. The assertions stay the same; only the time allowed grows.
configure({asyncUtilTimeout: 5_000});

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

import '@testing-library/jest-dom/vitest';
import {cleanup} from '@testing-library/react';
import {afterEach, vi} from 'vitest';
import {setHash} from './stubs/router';

// The snippet tests run in plain Node; everything below is for the DOM tests.
const hasDom = typeof window !== 'undefined';

afterEach(() => {
  if (!hasDom) return;
  cleanup();
  setHash('');
  localStorage.clear();
});

// jsdom has no layout, so no scrolling: record calls instead.
if (hasDom) Element.prototype.scrollIntoView = vi.fn();

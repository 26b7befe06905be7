import '@testing-library/jest-dom/vitest';
import {cleanup} from '@testing-library/react';
import {afterEach, vi} from 'vitest';
import {setHash} from './stubs/router';

afterEach(() => {
  cleanup();
  setHash('');
  localStorage.clear();
});

// jsdom has no layout, so no scrolling: record calls instead.
Element.prototype.scrollIntoView = vi.fn();

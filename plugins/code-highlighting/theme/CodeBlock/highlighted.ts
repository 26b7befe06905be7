import {createContext} from 'react';

/** The block's lines highlighted at build time (remark.ts), from CodeBlock to its Content. */
export const HighlightedLines = createContext<string | null>(null);

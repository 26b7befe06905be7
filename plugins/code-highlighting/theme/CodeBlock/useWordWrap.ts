import {useCallback, useEffect, useRef, useState} from 'react';

/**
 * theme-common's useCodeWordWrap, measured when the browser lays the block out (a ResizeObserver)
 * rather than on mount: reading a block's size on mount forces the layout of page parts that
 * content-visibility keeps off screen (plugins/page-sections), for every block at once. The observer
 * also covers what the original listens for: window resizes, tabs becoming visible, wrapping.
 */
export function useWordWrap() {
  const codeBlockRef = useRef<HTMLPreElement>(null);
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) code.removeAttribute('style');
    else {
      code.style.whiteSpace = 'pre-wrap';
      // No sideways scrolling at all once wrapped, even for very long tokens.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);

  useEffect(() => {
    const pre = codeBlockRef.current;
    if (!pre || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() =>
      setIsCodeScrollable(
        pre.scrollWidth > pre.clientWidth || Boolean(pre.querySelector('code')?.hasAttribute('style')),
      ),
    );
    observer.observe(pre);
    return () => observer.disconnect();
  }, [isEnabled]);

  return {codeBlockRef, isEnabled, isCodeScrollable, toggle};
}

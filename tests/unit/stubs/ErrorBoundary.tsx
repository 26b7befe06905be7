import type {ReactNode} from 'react';

// Docusaurus' ErrorBoundary exists only inside its bundler; in tests a crash should fail the test.
export default function ErrorBoundary({children}: {readonly children: ReactNode}): ReactNode {
  return children;
}

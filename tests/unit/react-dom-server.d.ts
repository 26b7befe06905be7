// react-dom ships without types here (no @types/react-dom); the unit tests use one server function.
declare module 'react-dom/server' {
  import type {ReactNode} from 'react';

  export function renderToString(node: ReactNode): string;
}

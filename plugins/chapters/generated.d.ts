// The module plugins/chapters writes with createData (see questionLoadersModule in index.ts).
declare module '@generated/chapters/default/questionLoaders' {
  import type {ComponentType} from 'react';
  const loaders: Readonly<Record<number, () => Promise<{readonly default: ComponentType}>>>;
  export default loaders;
}

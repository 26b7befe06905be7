import type {ReactNode} from 'react';
import NotFoundHelp from '@site/src/study/NotFoundHelp';

// The stock 404 text asks the reader to contact the site's owner; ours offers search and the chapters.
export default function NotFoundContent(): ReactNode {
  return <NotFoundHelp />;
}

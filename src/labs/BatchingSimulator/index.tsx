import React, {type ReactNode} from 'react';
import Simulator from '@site/src/labs/Simulator';
import {batching} from '@site/src/labs/simulations/batching';

/** Mirrors `batching_window.py` in the chapter (the block with id="batching-window"). */
export default function BatchingSimulator(): ReactNode {
  return <Simulator spec={batching} snippetId="batching-window" snippetTitle="batching_window.py" />;
}

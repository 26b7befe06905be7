import React, {type ReactNode} from 'react';
import Simulator from '@site/src/labs/Simulator';
import {cost} from '@site/src/labs/simulations/cost';

/** Mirrors `cost_breakeven.py` in the chapter (the block with id="cost-breakeven"). */
export default function CostSimulator(): ReactNode {
  return <Simulator spec={cost} snippetId="cost-breakeven" snippetTitle="cost_breakeven.py" />;
}

import React, {type ReactNode} from 'react';
import Simulator from '@site/src/labs/Simulator';
import {drift} from '@site/src/labs/simulations/drift';

/** Mirrors `drift_alarms.py` in the chapter (the block with id="drift-alarms"). */
export default function DriftSimulator(): ReactNode {
  return <Simulator spec={drift} snippetId="drift-alarms" snippetTitle="drift_alarms.py" />;
}

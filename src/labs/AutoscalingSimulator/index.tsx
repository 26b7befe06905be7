import React, {type ReactNode} from 'react';
import Simulator from '@site/src/labs/Simulator';
import {autoscaling} from '@site/src/labs/simulations/autoscaling';

/** Mirrors `hpa_replay.py` in the chapter (the block with id="hpa-replay"). */
export default function AutoscalingSimulator(): ReactNode {
  return <Simulator spec={autoscaling} snippetId="hpa-replay" snippetTitle="hpa_replay.py" />;
}

import {usePluginData} from '@docusaurus/useGlobalData';
import type {LiveModelConfig} from '@site/shared/liveModelProtocol';
import type {RuntimeAssets} from '@site/shared/runtimeProtocol';

/** Where ONNX Runtime Web and the churn model are served from (plugins/runtime-assets). */
export function useLiveModelConfig(): LiveModelConfig {
  return (usePluginData('runtime-assets') as RuntimeAssets).liveModel;
}

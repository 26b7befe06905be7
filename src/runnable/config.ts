import {usePluginData} from '@docusaurus/useGlobalData';
import type {RuntimeConfig} from '@site/shared/runtimeProtocol';

/** Where the code runners are served from (plugins/runtime-assets). */
export function useRuntimeConfig(): RuntimeConfig {
  return usePluginData('runtime-assets') as RuntimeConfig;
}

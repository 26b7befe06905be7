let data: Record<string, unknown> = {};

export function setPluginData(name: string, value: unknown): void {
  data = {...data, [name]: value};
}

export function usePluginData(name: string): unknown {
  return data[name];
}

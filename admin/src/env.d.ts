/** Runtime settings the server injects into index.html in place of `<!--registry-config-->`. */
interface RegistrySettings {
  graphqlPath?: string;
}

interface Window {
  __REGISTRY__?: RegistrySettings;
}

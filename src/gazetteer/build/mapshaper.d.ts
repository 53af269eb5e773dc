/** Minimal typing of the part of mapshaper's Node API the gazetteer uses. */
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, Buffer | string>>;
  };
  export default mapshaper;
}

/** Modules the build's own integrations provide (src/integrations/content-gate.ts). */
declare module 'virtual:site-aliases' {
  const aliases: import('./lib/aliases').Aliases;
  export default aliases;
}

/** Modules the build's own integrations provide (src/checks/content-gate.ts). */
declare module 'virtual:site-aliases' {
  const aliases: import('./share/aliases').Aliases;
  export default aliases;
}

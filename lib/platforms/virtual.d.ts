declare module 'virtual:known-platforms' {
  const table: import('./types').PlatformTable;
  export default table;
}

declare module 'virtual:known-platforms' {
  const table: import('./pack').PackedTable;
  export default table;
}

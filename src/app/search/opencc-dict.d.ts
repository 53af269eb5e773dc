/** opencc-js ships its dictionaries as untyped ES modules whose default export is the table as one string. */
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}

/** opencc-js ships its dictionaries as untyped ES modules whose default export is the table as one string. */
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
declare module 'opencc-js/dict/TSPhrases' {
  const table: string;
  export default table;
}
declare module 'opencc-js/dict/CJK_Compatibility_Ideographs' {
  const table: string;
  export default table;
}

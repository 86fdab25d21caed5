/**
 * Entry of the functions bundle. Excel's shared runtime defines the `CustomFunctions` global; a browser that
 * opens the pane on its own (standalone mode) does not. The functions module ends in
 * `CustomFunctions.associate(...)` calls that custom-functions-metadata-plugin appends at build time, so it
 * is only evaluated where they can succeed; the pane keeps working either way.
 */
if (typeof CustomFunctions !== "undefined") {
  void import(/* webpackMode: "eager" */ "./functions");
}

/**
 * The ribbon's function file (manifest FunctionFile). It registers no commands yet: the
 * summary issue adds "refresh summary" here, as an Office.actions.associate handler that calls
 * the same workbook module as the task pane.
 */
Office.onReady(() => {
  // Nothing to register yet; onReady is still required before Office calls this page.
});

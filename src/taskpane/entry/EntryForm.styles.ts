import { makeStyles, tokens } from "@fluentui/react-components";

/** One column that fits a 320 px pane; fields are spaced by the column's gap. */
export const useEntryFormStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Radio groups that fit side by side in a wide pane and wrap in a narrow one.
  wrap: { flexWrap: "wrap" },
  option: { display: "flex", flexDirection: "column" },
  optionHint: {
    color: tokens.colorNeutralForeground3,
    // Aligns under the radio's label: the radio's padding, its 16 px indicator with its margin
    // (Fluent's Radio has no token for the indicator's size), the label's padding.
    paddingLeft: `calc(${tokens.spacingHorizontalS} * 2 + 20px)`,
    marginTop: `calc(-1 * ${tokens.spacingVerticalS})`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  status: { color: tokens.colorNeutralForeground2, margin: 0 },
  // The section's chevron and fields line up with the fields above it.
  moreHeader: { paddingLeft: 0, paddingRight: 0 },
  morePanel: { margin: 0, paddingBottom: tokens.spacingVerticalS },
  moreFields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  addButton: { alignSelf: "flex-start" },
});

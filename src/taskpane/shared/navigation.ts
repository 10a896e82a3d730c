/** The pane's views. No router: a task pane has no address bar, and eight views fit a union. */
export type View =
  | { name: "start" }
  | { name: "new" }
  | { name: "registrations"; /** Open at "Rader som behöver rättas". */ showInvalid?: boolean }
  | { name: "lists" }
  | { name: "summary" }
  | { name: "review" }
  | { name: "invoices" }
  /** Att följa upp: effects due but not fully realised. */
  | { name: "followUp" };

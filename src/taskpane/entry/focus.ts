/** Moving the keyboard focus to where the person is needed next. */

/** The first field showing an error; in a radio group, its chosen or first radio. */
export function firstInvalid(form: HTMLFormElement): HTMLElement | null {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid || invalid.matches("input, select, textarea, button")) return invalid;
  return invalid.querySelector("input:checked") ?? invalid.querySelector("input");
}

/**
 * Focuses what `find` finds, now or once it is there: "Mer uppgifter" mounts its fields a
 * render after it is opened (Fluent's context updates in a layout effect).
 */
export function focusWhenPresent(find: () => HTMLElement | null | undefined): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = (left: number) => {
    const target = find();
    if (target) target.focus();
    else if (left > 0) timer = setTimeout(() => attempt(left - 1), 0);
  };
  attempt(3);
  return () => clearTimeout(timer);
}

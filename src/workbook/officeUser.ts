/**
 * Who is signed in to Office, to pre-fill the pane's "Ditt namn". Only a suggestion: the
 * person confirms it, and the pane works the same without it (the browser preview, an older
 * Office, a sign-in that fails).
 */

/** The signed-in user's login name (UPN), or null outside Office, when unsupported or failing. */
export async function officeUserName(): Promise<string | null> {
  try {
    if (typeof Office === "undefined") return null;
    if (!Office.context?.requirements?.isSetSupported("NestedAppAuth", "1.1")) return null;
    const context = await Office.auth.getAuthContext();
    const name = context.userPrincipalName?.trim();
    return name ? name : null;
  } catch {
    return null;
  }
}

import { Link } from "@fluentui/react-components";

/** The evidence as a web address the pane may link to, or null (plain text, any scheme else). */
export function evidenceUrl(evidence: string): string | null {
  const text = evidence.trim();
  if (/\s/.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Underlag as typed: a link when it is an http(s) address (a document in SharePoint), text
 * otherwise, so a cell holding "javascript:…" or markup is only ever shown.
 */
export function EvidenceText({ evidence }: { evidence: string }) {
  const url = evidenceUrl(evidence);
  if (url === null) return <>{evidence}</>;
  return (
    <Link href={url} target="_blank" rel="noopener noreferrer">
      {evidence}
    </Link>
  );
}

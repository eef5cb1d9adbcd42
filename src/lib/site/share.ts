/**
 * Share links that need no third-party script: plain links that open WhatsApp, LinkedIn or the
 * visitor's e-mail program with the page's address filled in. Nothing is loaded from those
 * services until the visitor follows a link.
 */

export interface Shareable {
  /** The page's full address. */
  url: string;
  /** The page title. */
  title: string;
  /** One or two sentences about the page. */
  summary: string;
}

export function shareLinks({ url, title, summary }: Shareable) {
  return {
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${summary}\n\n${url}`)}`,
  };
}

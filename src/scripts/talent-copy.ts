/**
 * <talent-copy>: a "copy link" button for browsers with the Clipboard API. The button stays
 * hidden otherwise (and without JavaScript), so nobody meets a button that does nothing. The
 * result is announced in the element's status region.
 */
class TalentCopy extends HTMLElement {
  connectedCallback() {
    const item = this.querySelector<HTMLElement>('[data-copy]');
    const button = item?.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!item || !button || !status || !navigator.clipboard?.writeText || !this.dataset.url) return;
    item.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(this.dataset.url ?? '');
        status.textContent = this.dataset.copied ?? '';
      } catch {
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

if (!customElements.get('talent-copy')) customElements.define('talent-copy', TalentCopy);

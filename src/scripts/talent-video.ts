/**
 * <talent-video>: click-to-load for a YouTube or Vimeo video. The server renders a poster with a
 * plain link to the video's page (works without JavaScript); this element swaps the link for a
 * real button and, only when it is pressed, inserts the privacy-enhanced player. Until then the
 * page makes no request to the video host.
 */
class TalentVideo extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('[data-video-link]');
    const button = this.querySelector<HTMLButtonElement>('[data-video-play]');
    if (!link || !button || !this.dataset.embed) return;
    link.hidden = true;
    button.hidden = false;
    // A <button> fires click for mouse, touch, Enter and Space alike.
    button.addEventListener('click', () => this.play(), { once: true });
  }

  private play() {
    const frame = document.createElement('iframe');
    frame.src = this.dataset.embed ?? '';
    frame.title = this.dataset.title ?? '';
    frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.className = 'aspect-video w-full border-0 bg-ink';
    const stage = this.querySelector<HTMLElement>('[data-video-stage]') ?? this;
    stage.replaceChildren(frame);
    // The button is gone: keep keyboard users where they were, on the player that replaced it.
    frame.focus();
  }
}

if (!customElements.get('talent-video')) customElements.define('talent-video', TalentVideo);

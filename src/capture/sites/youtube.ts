/**
 * YouTube. A video (`watch?v=`, `youtu.be/`, `m.`, `shorts/`, `embed/`,
 * `live/`) is linked as `https://www.youtube.com/watch?v=<id>`, playlist and
 * index dropped, with `&t=<seconds>s` from where the player is when the reader
 * found it, else from the link's own `t`. The title loses " - YouTube" and the
 * unread count "(33) ". Other YouTube pages keep their URL, less `si` and the
 * tracking parameters. Reads: the player's current time (not during an ad).
 */
import { cleanUrl, describeGeneric } from './generic';
import type { SiteRecipe } from './recipe';

const HOST = /^(?:(?:www|m)\.)?youtube(?:-nocookie)?\.com$/;
const VIDEO_PATH = /^\/(?:shorts|embed|live|v)\/([\w-]{11})(?:\/|$)/;
const ID = /^[\w-]{11}$/;

export function readYouTubePlayer(): Record<string, string> {
  const player = document.querySelector('#movie_player');
  const time = (player ?? document).querySelector('video')?.currentTime;
  return time && time >= 1 && !player?.classList.contains('ad-showing')
    ? { currentTime: String(Math.floor(time)) }
    : {};
}

/** Seconds from `t`: `90`, `90s`, `1m30s`, `1h2m3s`. */
function seconds(t: string | null): number {
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(t ?? '');
  return parts ? Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0) : 0;
}

export const youtube: SiteRecipe<{ id?: string }> = {
  match(url) {
    if (url.hostname === 'youtu.be') return { id: url.pathname.slice(1).split('/')[0] };
    if (!HOST.test(url.hostname)) return undefined;
    return { id: url.pathname === '/watch' ? (url.searchParams.get('v') ?? '') : VIDEO_PATH.exec(url.pathname)?.[1] };
  },
  describe(page, { id }) {
    const { url, site } = page;
    const title = page.title.replace(/^\(\d+\+?\) /, '').replace(/ - YouTube$/, '');
    if (!id || !ID.test(id)) return { ...describeGeneric({ ...page, title }), url: cleanUrl(url, /^si$/) };
    const at = Number(site.currentTime) || seconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
    const time = at >= 1 ? `&t=${Math.floor(at)}s` : '';
    return {
      kind: 'video',
      title: title || page.meta['og:title'] || '',
      url: `https://www.youtube.com/watch?v=${id}${time}`,
    };
  },
  reader: { func: readYouTubePlayer, args: [] },
};

import { describe, expect, it } from 'vitest';
import { youtube } from './youtube';
import { runReader } from './fixtures/run-reader';
import { siteTable } from './fixtures/site-table';

const TITLE = 'Claude Code designing in Figma with MCP server and plug-in';
const video = (url: string, title = 'Never Gonna Give You Up') => ({ kind: 'video' as const, title, url });

siteTable('YouTube', [
  {
    why: 'a video loses " - YouTube" and the unread count "(33) "',
    url: 'https://www.youtube.com/watch?v=1L1tSwJk30Y',
    title: `(33) ${TITLE} - YouTube`,
    want: video('https://www.youtube.com/watch?v=1L1tSwJk30Y', TITLE),
  },
  {
    why: 'playlist, index and si leave the link',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI&index=3&si=Zx8mQ1',
    title: 'Never Gonna Give You Up - YouTube',
    want: video('https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
  },
  {
    why: "youtu.be is normalised, and keeps the link's own t",
    url: 'https://youtu.be/dQw4w9WgXcQ?si=AbCdEf&t=42',
    title: 'Never Gonna Give You Up - YouTube',
    want: video('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s'),
  },
  {
    why: 'm.youtube.com is normalised; t=1m30s is 90 seconds',
    url: 'https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s',
    title: 'Never Gonna Give You Up - YouTube',
    want: video('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s'),
  },
  {
    why: 't=1h2m3s is 3723 seconds',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1h2m3s',
    title: 'Never Gonna Give You Up - YouTube',
    want: video('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3723s'),
  },
  {
    why: 'shorts/ is normalised',
    url: 'https://www.youtube.com/shorts/aqz-KE-bpKQ?feature=share',
    title: 'Big Buck Bunny in 60 seconds - YouTube',
    want: video('https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'Big Buck Bunny in 60 seconds'),
  },
  {
    why: 'embed/ (no-cookie too) is normalised, its start kept',
    url: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=75&rel=0',
    title: 'Never Gonna Give You Up',
    want: video('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=75s'),
  },
  {
    why: 'live/ is normalised',
    url: 'https://www.youtube.com/live/jfKfPfyJRdk?si=q1',
    title: 'lofi hip hop radio 📚 beats to relax/study to - YouTube',
    want: video('https://www.youtube.com/watch?v=jfKfPfyJRdk', 'lofi hip hop radio 📚 beats to relax/study to'),
  },
  {
    why: "the player's current time, from the reader, wins over the link's t",
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    title: 'Never Gonna Give You Up - YouTube',
    site: { currentTime: '754' },
    want: video('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=754s'),
  },
  {
    why: 'a channel is an ordinary page: its count and " - YouTube" go, si leaves its link',
    url: 'https://www.youtube.com/@veritasium/videos?si=8zT',
    title: '(3) Veritasium - YouTube',
    want: { kind: 'page', title: 'Veritasium', url: 'https://www.youtube.com/@veritasium/videos' },
  },
  {
    why: 'a watch address without a real video id is an ordinary page',
    url: 'https://www.youtube.com/watch?v=short',
    title: 'YouTube',
    want: { kind: 'page', title: 'YouTube', url: 'https://www.youtube.com/watch?v=short' },
  },
]);

describe('YouTube reader, in the page', () => {
  const url = 'https://www.youtube.com/watch?v=1L1tSwJk30Y';
  const playingAt = (seconds: number) => (document: Document) => {
    document.querySelector<HTMLVideoElement>('video.html5-main-video')!.currentTime = seconds;
    document.querySelector<HTMLVideoElement>('video.preview')!.currentTime = 5;
  };

  it("reads the main player's current time, in whole seconds", () => {
    expect(runReader(youtube.reader!, 'youtube-watch.html', url, playingAt(754.9))).toEqual({ currentTime: '754' });
  });

  it('reads nothing at the very start', () => {
    expect(runReader(youtube.reader!, 'youtube-watch.html', url, playingAt(0.4))).toEqual({});
  });

  it('reads nothing while an ad plays', () => {
    const read = runReader(youtube.reader!, 'youtube-watch.html', url, (document) => {
      playingAt(12)(document);
      document.querySelector('#movie_player')!.classList.add('ad-showing');
    });
    expect(read).toEqual({});
  });

  it('finds nothing without a player', () => {
    expect(runReader(youtube.reader!, '', 'https://www.youtube.com/')).toEqual({});
  });
});

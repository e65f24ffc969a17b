import { siteTable } from './fixtures/site-table';

siteTable('GitLab', [
  {
    why: 'a merge request: its title, then namespace/project!number',
    url: 'https://gitlab.freedesktop.org/mesa/mesa/-/merge_requests/13466',
    title: 'nir, spirv: Mesh Shader I/O fixes (!13466) · Merge requests · Mesa / mesa · GitLab',
    want: {
      kind: 'merge-request',
      title: 'nir, spirv: Mesh Shader I/O fixes (mesa/mesa!13466)',
      url: 'https://gitlab.freedesktop.org/mesa/mesa/-/merge_requests/13466',
    },
  },
  {
    why: "a merge request's diffs tab is the merge request",
    url: 'https://gitlab.freedesktop.org/mesa/mesa/-/merge_requests/7322/diffs?commit_id=abc#note_1',
    title: 'intel/dev: Add device info for ADL-S (!7322) · Merge Requests · Mesa / mesa · GitLab',
    want: {
      kind: 'merge-request',
      title: 'intel/dev: Add device info for ADL-S (mesa/mesa!7322)',
      url: 'https://gitlab.freedesktop.org/mesa/mesa/-/merge_requests/7322',
    },
  },
  {
    why: 'a project in subgroups keeps the path as the URL has it',
    url: 'https://gitlab.com/autowarefoundation/autoware.ai/utilities/-/merge_requests/2',
    title: 'vector map converter (!2) · Merge requests · Autoware Foundation / MovedToGitHub / utilities · GitLab',
    want: {
      kind: 'merge-request',
      title: 'vector map converter (autowarefoundation/autoware.ai/utilities!2)',
      url: 'https://gitlab.com/autowarefoundation/autoware.ai/utilities/-/merge_requests/2',
    },
  },
  {
    why: 'an issue: namespace/project#number',
    url: 'https://gitlab.com/nsnam/ns-3-dev/-/issues/352',
    title: 'C++ standard configuration in build system (#352) · Issues · nsnam / ns-3-dev · GitLab',
    want: {
      kind: 'issue',
      title: 'C++ standard configuration in build system (nsnam/ns-3-dev#352)',
      url: 'https://gitlab.com/nsnam/ns-3-dev/-/issues/352',
    },
  },
  {
    why: 'a work item is an issue; parentheses in its title stay',
    url: 'https://gitlab.com/fdroid/fdroidclient/-/work_items/1725',
    title:
      "F-Droid Privileged Extension doesn't work on LineageOS 16 (Pie), and how you can probably fix it (#1725) · Issues · F-Droid / Client · GitLab",
    want: {
      kind: 'issue',
      title:
        "F-Droid Privileged Extension doesn't work on LineageOS 16 (Pie), and how you can probably fix it (fdroid/fdroidclient#1725)",
      url: 'https://gitlab.com/fdroid/fdroidclient/-/work_items/1725',
    },
  },
  {
    why: 'a self-hosted GitLab, a comment fragment dropped',
    url: 'https://gitlab.gnome.org/GNOME/gtk/-/issues/5744#note_1734242',
    title:
      "Gtk 3.24.26's preedit is breaking accented input on popular websites like WhatsApp, when using Firefox (#5744) · Issues · GNOME / gtk · GitLab",
    want: {
      kind: 'issue',
      title:
        "Gtk 3.24.26's preedit is breaking accented input on popular websites like WhatsApp, when using Firefox (GNOME/gtk#5744)",
      url: 'https://gitlab.gnome.org/GNOME/gtk/-/issues/5744',
    },
  },
  {
    why: 'a self-hosted GitLab whose name is not "GitLab"',
    url: 'https://git.yasdb.com/cod-x/anchorbase/-/merge_requests/26502',
    title:
      'feat:YDBRD-18933 支持SUBSTRB函数 master (!26502) · Merge requests · CoD-X / AnchorBase · GitLab (yasdb.com)',
    want: {
      kind: 'merge-request',
      title: 'feat:YDBRD-18933 支持SUBSTRB函数 master (cod-x/anchorbase!26502)',
      url: 'https://git.yasdb.com/cod-x/anchorbase/-/merge_requests/26502',
    },
  },
  {
    why: "gitlab.com's older /issues/<n> address",
    url: 'https://gitlab.com/gitlab-org/gitlab-ce/issues/38337',
    title: 'One group level issue board in CE (#38337) · Issues · GitLab.org / GitLab Community Edition · GitLab',
    want: {
      kind: 'issue',
      title: 'One group level issue board in CE (gitlab-org/gitlab-ce#38337)',
      url: 'https://gitlab.com/gitlab-org/gitlab-ce/issues/38337',
    },
  },
  {
    why: 'a tab title without "(#n) ·" gives its first part',
    url: 'https://gitlab.com/nsnam/ns-3-dev/-/issues/352',
    title: 'C++ standard configuration in build system · Issues · nsnam / ns-3-dev · GitLab',
    want: {
      kind: 'issue',
      title: 'C++ standard configuration in build system (nsnam/ns-3-dev#352)',
      url: 'https://gitlab.com/nsnam/ns-3-dev/-/issues/352',
    },
  },
  {
    why: 'the older address elsewhere than gitlab.com is an ordinary page',
    url: 'https://gitlab.freedesktop.org/gstreamer/gst-plugins-bad/issues/811',
    title: 'dtlsdec: Critical warnings in gst-inspect (#811) · Issues · GStreamer / gst-plugins-bad · GitLab',
    want: {
      kind: 'page',
      title: 'dtlsdec: Critical warnings in gst-inspect (#811) · Issues · GStreamer / gst-plugins-bad',
      url: 'https://gitlab.freedesktop.org/gstreamer/gst-plugins-bad/issues/811',
    },
  },
  {
    why: 'a list of merge requests is an ordinary page',
    url: 'https://gitlab.freedesktop.org/mesa/mesa/-/merge_requests?state=opened',
    title: 'Merge requests · Mesa / mesa · GitLab',
    want: {
      kind: 'page',
      title: 'Merge requests · Mesa / mesa',
      url: 'https://gitlab.freedesktop.org/mesa/mesa/-/merge_requests?state=opened',
    },
  },
]);
